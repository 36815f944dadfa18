using PortfolioOrchestrator.Domain.Calendar;
using PortfolioOrchestrator.Domain.Positions;
using PortfolioOrchestrator.Domain.Steps.Step8;

namespace PortfolioOrchestrator.Domain.Tests.Steps.Step8;

/// <summary>STEP 8's tracking rules (CONTRACT Resolutions 15 and 16), each on its own.</summary>
public sealed class TrackingRuleTests
{
    private static readonly AccountId Taxable = AccountId.Create("TAXABLE-1");
    private static readonly Ticker Msft = Ticker.Create("MSFT");
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(-5));
    private static readonly NyseCalendar Calendar = new();

    private static PositionLots TwoLots() => PositionLots.Empty(Taxable, Msft)
        .With(LotBuilder.HeldBefore(10m))
        .With(LotBuilder.Opened("po-aaaa-a1", "R-1", 6m, 380m, 450m))
        .With(LotBuilder.Opened("po-bbbb-a1", "R-2", 4m, 390m, 460m));

    private static BrokerOrder AtVenue(ProtectiveOrder order, OrderStatus status, decimal filled = 0m, DateTimeOffset? expiresAt = null) => new()
    {
        ClientOrderId = order.ClientOrderId,
        BrokerOrderId = "b-" + order.ClientOrderId,
        Ticker = Msft,
        Side = OrderSide.Sell,
        Type = order.Type,
        Quantity = order.Quantity,
        StopPrice = order.StopPrice,
        LimitPrice = order.LimitPrice,
        Status = status,
        FilledQuantity = filled,
        FilledAveragePrice = filled > 0m ? Money.FromDollars(379m) : null,
        SubmittedAt = Now.AddDays(-1),
        ExpiresAt = expiresAt,
        LinkGroup = order.LinkGroup,
    };

    private static Dictionary<ClientOrderId, OrderLookup> Reads(PositionLots position, Func<ProtectiveOrder, OrderLookup> read) =>
        position.Lots.SelectMany(l => l.OpenProtectiveOrders).ToDictionary(o => o.ClientOrderId, read);

    [Fact]
    public void Resolution15_a_stop_hit_consumes_its_own_lot_and_is_taken_in_exactly_once()
    {
        var position = TwoLots();
        var hit = position.Lots[2].ProtectiveOrders;
        var reads = Reads(position, o => OrderLookup.Found(hit.Contains(o)
            ? AtVenue(o, o.Type == OrderType.Stop ? OrderStatus.Filled : OrderStatus.Canceled, o.Type == OrderType.Stop ? 4m : 0m)
            : AtVenue(o, OrderStatus.Accepted)));

        var first = ProtectiveFillIntake.Apply(position, reads);
        var second = ProtectiveFillIntake.Apply(first.Position, reads);

        Assert.Equal([10m, 6m, 0m], first.Position.Lots.Select(l => l.Quantity));
        Assert.Equal(4m, Assert.Single(first.Fills).Shares);
        Assert.Empty(second.Fills);
        Assert.Equal([10m, 6m, 0m], second.Position.Lots.Select(l => l.Quantity));
    }

    [Fact]
    public void Resolution16_an_order_the_venue_does_not_know_protects_nothing_and_the_lot_is_missing_protection()
    {
        var position = TwoLots();
        var intake = ProtectiveFillIntake.Apply(position, Reads(position, _ => OrderLookup.NotFound));

        var condition = LotProtectionRule.Judge(new LotView(Taxable, Msft, intake.Position.Lots[1]) { Absent = intake.Absent }, Now, Calendar, wholeSharesOnly: false);

        Assert.Equal([ProtectionFindingKind.Missing], condition.Kinds);
        Assert.Equal(0m, condition.Covered);
    }

    [Fact]
    public void Resolution16_an_unknown_answer_is_not_checked_rather_than_taken_for_anything()
    {
        var position = TwoLots();

        var intake = ProtectiveFillIntake.Apply(position, Reads(position, _ => OrderLookup.Unresolved("timeout")));

        Assert.Equal(position.Lots.SelectMany(l => l.OpenProtectiveOrders).Select(o => o.ClientOrderId).ToHashSet(), intake.Unread);
        Assert.Empty(intake.Fills);
        Assert.Equal(position.Lots.Select(l => l.Quantity), intake.Position.Lots.Select(l => l.Quantity));
    }

    [Fact]
    public void Resolution16_a_venue_holding_fewer_shares_takes_them_off_the_oldest_lots_first()
    {
        var (position, missing) = VenueHoldingRule.Apply(TwoLots(), 13m);

        Assert.Equal(7m, missing);
        Assert.Equal([3m, 6m, 4m], position.Lots.Select(l => l.Quantity));
        Assert.Equal(0m, VenueHoldingRule.Apply(TwoLots(), 25m).Missing);
    }

    [Fact]
    public void Resolution16_protection_covering_more_than_the_lot_holds_is_another_quantity()
    {
        var lot = TwoLots().Lots[1].Less(2m);

        var condition = LotProtectionRule.Judge(new LotView(Taxable, Msft, lot), Now, Calendar, wholeSharesOnly: false);

        Assert.Equal([ProtectionFindingKind.WrongQuantity], condition.Kinds);
        Assert.Equal((4m, 6m), (condition.Expected, condition.Covered));
    }

    [Fact]
    public void Resolution16_at_a_whole_share_venue_the_whole_shares_of_a_lot_are_what_it_should_cover()
    {
        var lot = LotBuilder.Opened("po-cccc-a1", "R-3", 12m, 380m, 450m) with { Quantity = 12.19m };

        Assert.Empty(LotProtectionRule.Judge(new LotView(Taxable, Msft, lot), Now, Calendar, wholeSharesOnly: true).Kinds);
        Assert.Equal([ProtectionFindingKind.WrongQuantity], LotProtectionRule.Judge(new LotView(Taxable, Msft, lot), Now, Calendar, wholeSharesOnly: false).Kinds);
    }

    [Theory]
    [InlineData("2026-12-03T16:15:00-05:00", true)]
    [InlineData("2026-12-02T16:15:00-05:00", true)]
    [InlineData("2026-11-24T16:15:00-05:00", true)]
    [InlineData("2026-12-04T16:15:00-05:00", false)]
    public void Resolution16_an_expiry_within_5_NYSE_sessions_is_soon(string expiresAt, bool soon)
    {
        // From Wednesday 25 November 2026: Thanksgiving (26th) is closed, so the 27th, 30th, 1st, 2nd and 3rd are the 5 sessions.
        Assert.Equal(soon, ExpiryRule.IsExpiring(DateTimeOffset.Parse(expiresAt, System.Globalization.CultureInfo.InvariantCulture), Now, Calendar));
        Assert.False(ExpiryRule.IsExpiring(null, Now, Calendar));
    }
}

using PortfolioOrchestrator.Domain.Calendar;
using PortfolioOrchestrator.Domain.Positions;
using PortfolioOrchestrator.Domain.Steps.Step8;

namespace PortfolioOrchestrator.Domain.Tests.Steps.Step8;

/// <summary>CONTRACT Resolution 16: <c>po protect</c>'s repair of each lot, as <see cref="RepairPlanner"/> decides it.</summary>
public sealed class RepairPlannerTests
{
    private static readonly AccountId Taxable = AccountId.Create("TAXABLE-1");
    private static readonly Ticker Msft = Ticker.Create("MSFT");
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(-5));

    private static LotRepair? RepairOf(Lot lot)
    {
        var condition = LotProtectionRule.Judge(new LotView(Taxable, Msft, lot), Now, new NyseCalendar(), wholeSharesOnly: false);
        return RepairPlanner.Plan([condition]).SingleOrDefault();
    }

    [Fact]
    public void Resolution16_a_lot_protected_as_the_journal_says_needs_no_repair()
    {
        Assert.Null(RepairOf(LotBuilder.Opened("po-aaaa-a1", "R-1", 6m, 380m, 450m)));
    }

    [Fact]
    public void Resolution16_missing_protection_is_placed_as_the_next_generation_for_what_the_lot_holds()
    {
        var lot = LotBuilder.Opened("po-aaaa-a1", "R-1", 6m, 380m, 450m, status: OrderStatus.Expired);

        var repair = RepairOf(lot)!;

        Assert.Empty(repair.Cancel);
        Assert.Equal(new ProtectionPlacement(2, 6m), repair.Place);
        Assert.Equal([ProtectionFindingKind.Missing], repair.Because);
    }

    [Fact]
    public void Resolution16_protection_that_expires_soon_is_canceled_and_placed_again()
    {
        var lot = LotBuilder.Opened("po-aaaa-a1", "R-1", 6m, 380m, 450m, generation: 2);
        lot = lot with { ProtectiveOrders = [.. lot.ProtectiveOrders.Select(o => o with { ExpiresAt = Now.AddDays(2) })] };

        var repair = RepairOf(lot)!;

        Assert.Equal(lot.ProtectiveOrders.Select(o => o.ClientOrderId), repair.Cancel);
        Assert.Equal(new ProtectionPlacement(3, 6m), repair.Place);
    }

    [Fact]
    public void Resolution16_protection_of_a_lot_that_holds_nothing_is_canceled_and_nothing_is_placed()
    {
        var lot = LotBuilder.Opened("po-aaaa-a1", "R-1", 6m, 380m, 450m).Less(6m);

        var repair = RepairOf(lot)!;

        Assert.Equal(2, repair.Cancel.Count);
        Assert.Null(repair.Place);
        Assert.Equal([ProtectionFindingKind.PositionGone], repair.Because);
    }

    [Fact]
    public void Resolution16_the_generation_a_repair_places_gives_ids_derived_from_the_lot_and_the_generation()
    {
        var lot = LotBuilder.Opened("po-aaaa-a1", "R-1", 6m, 380m, 450m, status: OrderStatus.Canceled);
        var repair = RepairOf(lot)!;

        var request = LotProtectionRequest.For(Taxable, Msft, lot, repair.Place!.Shares, repair.Place.Generation);

        Assert.Equal("po-aaaa-a1-g2-sl", request.OrderId("sl").Value);
        Assert.Equal(request.OrderId("sl"), LotProtectionRequest.For(Taxable, Msft, lot, 6m, 2).OrderId("sl"));
    }

    [Theory]
    [InlineData(6, 10, 0, false, 6)]      // the lot's own shares, all held
    [InlineData(6, 10, 7, false, 3)]      // what other lots' protection leaves of the held shares
    [InlineData(6, 4, 0, false, 4)]       // never more than the venue holds
    [InlineData(6, 10, 10, false, 0)]     // nothing left to protect
    [InlineData(0.4, 10, 0, true, 0)]     // less than one share where the venue takes whole shares only
    [InlineData(0.4, 10, 0, false, 0.4)]
    public void Resolution16_protection_placed_again_never_covers_more_than_is_held(decimal lotShares, decimal held, decimal coveredByOthers, bool wholeSharesOnly, decimal expected)
    {
        var lot = LotBuilder.Opened("po-aaaa-a1", "R-1", lotShares, 380m, 450m);

        Assert.Equal(expected, new ProtectionPlacement(2, 6m).SharesFor(lot, held, coveredByOthers, wholeSharesOnly));
    }
}

using PortfolioOrchestrator.Domain.Positions;
using static PortfolioOrchestrator.Domain.Tests.Engine.Example;

namespace PortfolioOrchestrator.Domain.Tests.Steps.Step3;

/// <summary>
/// CONTRACT Resolution 15 over two runs on one journal and one venue that answers as Alpaca does (a buy
/// while our sell limits are open is a wash trade; a sell while our protective sells hold the shares finds
/// none available): protection belongs to the position.
/// </summary>
public sealed class Resolution15DayTwoTests
{
    private static readonly AccountId Taxable = AccountId.Create("TAXABLE-1");
    private static readonly Ticker Msft = Ticker.Create("MSFT");

    [Fact]
    public async Task Resolution15_a_second_buy_of_a_protected_ticker_cancels_and_reprotects_both_lots()
    {
        var h = new EngineHarness();
        var dayOne = await h.StartAsync(new QaReportBuilder());
        var firstEntry = dayOne.Trade("T-001").ClientOrderId!.Value;
        var firstOrders = h.Broker.Orders.Where(o => o.Type != OrderType.Market).Select(o => o.ClientOrderId).ToList();

        var dayTwo = await h.StartAsync(new QaReportBuilder().Id("QA-2026-11-25-001").With(
            new TradeBuilder("T-001", "MSFT").Size(2_000m).WithStop(390m).WithTargets((460m, 100m))));

        var trade = dayTwo.Trade("T-001");
        Assert.Equal(TradeStatus.Executed, trade.Status);
        Assert.All(firstOrders, id => Assert.Equal(OrderStatus.Canceled, h.Broker.Order(id)!.Status));
        var position = await h.Journal.LoadPositionLotsAsync(Taxable, Msft, CancellationToken.None);
        Assert.Equal([LotId.ForEntry(firstEntry), LotId.ForEntry(trade.ClientOrderId!.Value)], position.Lots.Select(l => l.Id));
        var (earlier, added) = (position.Lots[0], position.Lots[1]);
        Assert.Equal(2, earlier.Generation);
        Assert.Equal(12.187690m, earlier.ProtectedQuantity);
        Assert.All(earlier.OpenProtectiveOrders.Where(o => o.Type == OrderType.Stop), o => Assert.Equal(Dollars(380m), o.StopPrice));
        Assert.Equal(1, added.Generation);
        Assert.Equal(trade.Fill!.Quantity, added.ProtectedQuantity);
        Assert.All(added.OpenProtectiveOrders.Where(o => o.Type == OrderType.Stop), o => Assert.Equal(Dollars(390m), o.StopPrice));
        Assert.Equal(position.HeldQuantity, position.ProtectedQuantity);
        Assert.Equal(position.HeldQuantity, OpenProtectedAtVenue(h));
    }

    [Fact]
    public async Task Resolution15_a_partial_sell_of_a_protected_position_consumes_lots_fifo_and_reprotects_what_is_held()
    {
        var h = new EngineHarness();
        var dayOne = await h.StartAsync(new QaReportBuilder());
        var entry = dayOne.Trade("T-001").ClientOrderId!.Value;

        var dayTwo = await h.StartAsync(new QaReportBuilder().Id("QA-2026-11-25-001").With(
            new TradeBuilder("T-001", "MSFT").Sell().Size(2_051.25m)));

        var sell = dayTwo.Trade("T-001");
        Assert.Equal(TradeStatus.Executed, sell.Status);
        var position = await h.Journal.LoadPositionLotsAsync(Taxable, Msft, CancellationToken.None);
        var lot = Assert.Single(position.Lots);
        Assert.Equal(LotId.ForEntry(entry), lot.Id);
        Assert.Equal(12.187690m - sell.Fill!.Quantity, lot.Quantity);
        Assert.Equal(2, lot.Generation);
        Assert.Equal(lot.Quantity, lot.ProtectedQuantity);
        Assert.Equal(lot.Quantity, OpenProtectedAtVenue(h));
    }

    [Fact]
    public async Task Resolution15_a_qa_sell_consumes_the_shares_held_before_first_and_leaves_our_lot_protected()
    {
        var h = new EngineHarness();
        await h.StartAsync(new QaReportBuilder().With(new TradeBuilder("T-001", "AAPL").Price(190m).WithStop(170m).WithTargets((220m, 100m))));

        await h.StartAsync(new QaReportBuilder().Id("QA-2026-11-25-001").With(new TradeBuilder("T-001", "AAPL").Sell().Price(190m).Size(9_500m)));

        var position = await h.Journal.LoadPositionLotsAsync(Taxable, Ticker.Create("AAPL"), CancellationToken.None);
        Assert.True(position.Lots[0].IsHeldBefore);
        Assert.Equal(50m, position.Lots[0].Quantity);
        Assert.Equal(position.Lots[1].Quantity, position.Lots[1].ProtectedQuantity);
        Assert.Equal(position.Lots[1].Quantity, position.ProtectedQuantity);
    }

    [Fact]
    public async Task Resolution15_a_stop_hit_between_runs_consumes_its_own_lot_and_is_taken_in_before_the_next_order()
    {
        var h = new EngineHarness();
        var dayOne = await h.StartAsync(new QaReportBuilder());
        var msft = dayOne.Trade("T-001");
        foreach (var stop in new[] { msft.StopLossOrder! }.Concat(msft.AdditionalStopLossOrders))
        {
            // The price falls through the stop: every slice's stop fills.
            h.Broker.Trigger(stop.ClientOrderId);
        }


        var dayTwo = await h.StartAsync(new QaReportBuilder().Id("QA-2026-11-25-001").With(
            new TradeBuilder("T-001", "MSFT").Size(2_000m).WithStop(390m).WithTargets((460m, 100m))));

        var trade = dayTwo.Trade("T-001");
        Assert.Equal(TradeStatus.Executed, trade.Status);
        var position = await h.Journal.LoadPositionLotsAsync(Taxable, Msft, CancellationToken.None);
        Assert.Equal([0m, trade.Fill!.Quantity], position.Lots.Select(l => l.Quantity));
        Assert.Equal(position.HeldQuantity, position.ProtectedQuantity);
        Assert.Equal(position.HeldQuantity, OpenProtectedAtVenue(h));
        Assert.Contains(dayTwo.Header.Caveats, c => c.Contains("sold 12.187690 shares", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Resolution15_running_the_same_day_two_report_again_lifts_and_places_nothing()
    {
        var h = new EngineHarness();
        await h.StartAsync(new QaReportBuilder());
        var dayTwo = new QaReportBuilder().Id("QA-2026-11-25-001").With(new TradeBuilder("T-001", "MSFT").Size(2_000m).WithStop(390m).WithTargets((460m, 100m)));
        await h.StartAsync(dayTwo);
        var orders = h.Broker.Orders.Count;

        var again = await h.StartAsync(dayTwo);

        Assert.Equal(TradeStatus.AlreadyExecuted, again.Trade("T-001").Status);
        Assert.Equal(orders, h.Broker.Orders.Count);
        var position = await h.Journal.LoadPositionLotsAsync(Taxable, Msft, CancellationToken.None);
        Assert.Equal(position.HeldQuantity, OpenProtectedAtVenue(h));
    }

    [Fact]
    public async Task Resolution15_an_entry_unfilled_at_no_fill_minutes_on_a_protected_ticker_is_canceled_and_the_protection_restored()
    {
        var h = new EngineHarness();
        await h.StartAsync(new QaReportBuilder());
        h.Broker.Ticker("MSFT").NeverFills();

        var dayTwo = await h.StartAsync(new QaReportBuilder().Id("QA-2026-11-25-001").With(
            new TradeBuilder("T-001", "MSFT").Size(2_000m).WithStop(390m).WithTargets((460m, 100m))));

        var trade = dayTwo.Trade("T-001");
        Assert.Equal(TradeStatus.ExecutionFailed, trade.Status);
        Assert.Equal(OrderStatus.Canceled, h.Broker.Order(trade.ClientOrderId!.Value)!.Status);
        var noFill = Assert.Single(dayTwo.Escalations);
        Assert.Equal((EscalationType.NoFill, false), (noFill.Type, noFill.Blocking));
        Assert.Equal([trade.TradeId], noFill.TradeIds);
        var lot = Assert.Single((await h.Journal.LoadPositionLotsAsync(Taxable, Msft, CancellationToken.None)).Lots);
        Assert.Equal((2, 12.187690m), (lot.Generation, lot.ProtectedQuantity));
        Assert.Equal(12.187690m, OpenProtectedAtVenue(h));
    }

    [Fact]
    public async Task Resolution15_a_partly_filled_entry_on_a_protected_ticker_has_its_rest_canceled_and_protection_covers_the_final_quantity()
    {
        var h = new EngineHarness();
        await h.StartAsync(new QaReportBuilder());
        h.Broker.Ticker("MSFT").PartialFill(0.5m, restStaysOpen: true);

        var dayTwo = await h.StartAsync(new QaReportBuilder().Id("QA-2026-11-25-001").With(
            new TradeBuilder("T-001", "MSFT").Size(2_000m).WithStop(390m).WithTargets((460m, 100m))));

        var trade = dayTwo.Trade("T-001");
        Assert.Equal(TradeStatus.Executed, trade.Status);
        Assert.Equal(OrderStatus.Canceled, h.Broker.Order(trade.ClientOrderId!.Value)!.Status);
        var position = await h.Journal.LoadPositionLotsAsync(Taxable, Msft, CancellationToken.None);
        Assert.Equal([12.187690m, trade.Fill!.Quantity], position.Lots.Select(l => l.ProtectedQuantity));
        Assert.Equal([Dollars(380m), Dollars(390m)], position.Lots.Select(l => l.OpenProtectiveOrders.First(o => o.Type == OrderType.Stop).StopPrice!.Value));
        Assert.Equal(position.HeldQuantity, OpenProtectedAtVenue(h));
    }

    /// <summary>Shares the venue's open protective orders of MSFT cover, each one-cancels-other group once.</summary>
    private static decimal OpenProtectedAtVenue(EngineHarness h) => h.Broker.Orders
        .Where(o => o.Ticker == Msft && o.Type != OrderType.Market && !o.Status.IsFinal())
        .GroupBy(o => o.LinkGroup ?? o.ClientOrderId.Value)
        .Sum(g => g.Max(o => o.Quantity ?? 0m));
}

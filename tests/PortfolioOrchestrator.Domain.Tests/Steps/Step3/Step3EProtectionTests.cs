using static PortfolioOrchestrator.Domain.Tests.Engine.Example;

namespace PortfolioOrchestrator.Domain.Tests.Steps.Step3;

public sealed class Step3EProtectionTests
{
    [Fact]
    public async Task Resolution9_protective_orders_for_filled_quantity()
    {
        // 5,000 / 410.25 = 12.187690 shares, in two slices: a target at 450 and at 480 for half each, each paired with a stop at 380.
        var h = new EngineHarness();

        var run = await h.StartAsync(new QaReportBuilder());

        var trade = run.Trade("T-001");
        Assert.Equal(12.187690m, trade.Fill!.Quantity);
        Assert.True(trade.ProtectionPlaced);
        var request = Assert.Single(h.Broker.ProtectionRequests);
        Assert.Equal(trade.Fill.Quantity, request.FilledQuantity);
        Assert.Equal(trade.ClientOrderId, request.EntryOrderId);
        ProtectiveOrder[] stops = [trade.StopLossOrder!, .. trade.AdditionalStopLossOrders];
        Assert.All(stops, o => Assert.Equal((OrderType.Stop, Dollars(380m)), (o.Type, o.StopPrice!.Value)));
        Assert.Equal([6.093845m, 6.093845m], stops.Select(o => o.Quantity));
        Assert.Equal([Dollars(450m), Dollars(480m)], trade.ProfitTargetOrders.Select(o => o.LimitPrice!.Value));
        Assert.Equal(trade.Fill.Quantity, trade.ProfitTargetOrders.Sum(o => o.Quantity));

        // Each target and its stop cancel each other, and cover the same shares; slices share nothing.
        Assert.Equal(stops.Select(o => (o.LinkGroup, o.Quantity)), trade.ProfitTargetOrders.Select(o => (o.LinkGroup, o.Quantity)));
        Assert.Equal(2, stops.Select(o => o.LinkGroup).Distinct().Count());
    }

    [Fact]
    public async Task Resolution9_a_partial_fill_is_protected_for_what_filled()
    {
        // 4,250 / 410.25 = 10.359537 shares.
        var h = new EngineHarness();
        h.Broker.Ticker("MSFT").PartialFill(0.85m);

        var run = await h.StartAsync(new QaReportBuilder());

        var trade = run.Trade("T-001");
        Assert.Equal(10.359537m, trade.AdditionalStopLossOrders.Sum(o => o.Quantity) + trade.StopLossOrder!.Quantity);
        Assert.Equal(5.179768m, trade.StopLossOrder.Quantity);
        Assert.Equal(10.359537m, Assert.Single(h.Broker.ProtectionRequests).FilledQuantity);
    }

    [Fact]
    public async Task Resolution9_sells_failed_and_unfilled_trades_get_no_protective_orders()
    {
        var h = new EngineHarness();
        h.Broker.Ticker("NVDA").Rejects("restricted list");
        h.Broker.Ticker("TSLA").NeverFills();
        var report = new QaReportBuilder().With(
            new TradeBuilder("T-001", "XOM").Sell().Price(112m).Sector("Energy").Account("ROTH-1"),
            new TradeBuilder("T-002", "NVDA").Size(1_000m),
            new TradeBuilder("T-003", "TSLA").Size(1_000m));

        var run = await h.StartAsync(report);

        Assert.Empty(h.Broker.ProtectionRequests);
        Assert.All(run.Trades, t => Assert.Null(t.StopLossOrder));
    }

    [Fact]
    public async Task Step3E_what_the_venue_cannot_protect_is_flagged_not_dropped()
    {
        var h = new EngineHarness();
        h.Broker.Ticker("MSFT").CannotProtect("fractional shares cannot carry stop orders");

        var run = await h.StartAsync(new QaReportBuilder());

        var trade = run.Trade("T-001");
        Assert.Contains(TradeFlag.Unprotected, trade.Flags);
        Assert.Equal(["fractional shares cannot carry stop orders"], trade.Unprotected);
        Assert.Contains(run.Header.Caveats, c => c.Contains("not fully protected", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Resolution15_a_buy_without_a_stop_loss_is_executed_and_flagged_unprotected_with_a_caveat()
    {
        var h = new EngineHarness();
        var report = new QaReportBuilder().With(new TradeBuilder("T-001", "MSFT").WithoutProtection());

        var run = await h.StartAsync(report);

        var trade = run.Trade("T-001");
        Assert.Equal(TradeStatus.Executed, trade.Status);
        Assert.Contains(TradeFlag.Unprotected, trade.Flags);
        Assert.Empty(h.Broker.ProtectionRequests);
        Assert.Contains(run.Header.Caveats, c => c.Contains("T-001: executed without a stop-loss", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Resolution15_a_buy_with_targets_but_no_stop_loss_gets_its_targets_and_the_unprotected_flag()
    {
        var h = new EngineHarness();
        var report = new QaReportBuilder().With(new TradeBuilder("T-001", "MSFT").WithStop(null));

        var run = await h.StartAsync(report);

        var trade = run.Trade("T-001");
        Assert.Single(h.Broker.ProtectionRequests);
        Assert.Contains(TradeFlag.Unprotected, trade.Flags);
        Assert.Contains("no stop_loss in the QA trade", trade.Unprotected);
    }

    [Fact]
    public async Task Resolution15_a_buy_with_a_stop_loss_is_not_flagged_unprotected()
    {
        var h = new EngineHarness();

        var run = await h.StartAsync(new QaReportBuilder());

        Assert.DoesNotContain(TradeFlag.Unprotected, run.Trade("T-001").Flags);
    }
}

using static PortfolioOrchestrator.Domain.Tests.Engine.Example;

namespace PortfolioOrchestrator.Domain.Tests.Steps.Step4;

public sealed class Step4FillTests
{
    [Fact]
    public async Task Resolution8_slippage_above_50_bps_is_flagged()
    {
        // 410.25 × 1.006 = 412.7115: 60 bps paid over the last known price.
        var h = new EngineHarness();
        h.Broker.Ticker("MSFT").Slippage(60m);

        var run = await h.StartAsync(new QaReportBuilder());

        var trade = run.Trade("T-001");
        Assert.Equal(TradeStatus.Executed, trade.Status);
        Assert.Equal(60m, trade.SlippageBps);
        Assert.Equal(Dollars(412.7115m), trade.Fill!.Price);
        Assert.Contains(TradeFlag.Slippage, trade.Flags);
        Assert.Empty(run.Escalations);
    }

    [Fact]
    public async Task Resolution8_slippage_of_exactly_50_bps_is_not_flagged()
    {
        var h = new EngineHarness();
        h.Broker.Ticker("MSFT").Slippage(50m);

        var run = await h.StartAsync(new QaReportBuilder());

        Assert.Equal(50m, run.Trade("T-001").SlippageBps);
        Assert.DoesNotContain(TradeFlag.Slippage, run.Trade("T-001").Flags);
    }

    [Fact]
    public async Task Resolution8_a_sell_receiving_less_is_positive_slippage()
    {
        // 112 × (1 − 0.0075) = 111.16: 75 bps less received.
        var h = new EngineHarness();
        h.Broker.Ticker("XOM").Slippage(75m);

        var run = await h.StartAsync(new QaReportBuilder().With(new TradeBuilder("T-001", "XOM").Sell().Price(112m).Sector("Energy").Account("ROTH-1")));

        Assert.Equal(75m, run.Trade("T-001").SlippageBps);
        Assert.Contains(TradeFlag.Slippage, run.Trade("T-001").Flags);
    }

    [Fact]
    public async Task Resolution8_a_better_price_is_negative_slippage_and_not_flagged()
    {
        var h = new EngineHarness();
        h.Broker.Ticker("MSFT").FillsAt(400m);

        var run = await h.StartAsync(new QaReportBuilder());

        Assert.True(run.Trade("T-001").SlippageBps < 0m);
        Assert.DoesNotContain(TradeFlag.Slippage, run.Trade("T-001").Flags);
    }

    [Fact]
    public async Task Resolution8_partial_fill_below_90_percent_is_flagged_and_executed()
    {
        // 85 % of 5,000 = 4,250 filled; the buffer check still uses the trade's size (40,000 / 249,800).
        var h = new EngineHarness();
        h.Broker.Ticker("MSFT").PartialFill(0.85m);

        var run = await h.StartAsync(new QaReportBuilder());

        var trade = run.Trade("T-001");
        Assert.Equal(TradeStatus.Executed, trade.Status);
        Assert.Equal(Dollars(4_250m), trade.Fill!.FilledDollars);
        Assert.Contains(TradeFlag.PartialFill, trade.Flags);
        Assert.Equal(Buffer(40_000m), trade.BufferAfter);
        Assert.Empty(run.Escalations);
        Assert.Equal(RunStatus.Completed, run.Header.Status);
    }

    [Fact]
    public async Task Resolution8_a_fill_of_exactly_90_percent_is_not_partial()
    {
        var h = new EngineHarness();
        h.Broker.Ticker("MSFT").PartialFill(0.90m);

        var run = await h.StartAsync(new QaReportBuilder());

        Assert.Equal(Dollars(4_500m), run.Trade("T-001").Fill!.FilledDollars);
        Assert.DoesNotContain(TradeFlag.PartialFill, run.Trade("T-001").Flags);
    }

    [Fact]
    public async Task Resolution8_a_working_remainder_is_canceled_and_the_trade_executed_for_what_filled()
    {
        var h = new EngineHarness();
        h.Broker.Ticker("MSFT").PartialFill(0.5m, restStaysOpen: true);

        var run = await h.StartAsync(new QaReportBuilder());

        var trade = run.Trade("T-001");
        Assert.Equal(TradeStatus.Executed, trade.Status);
        Assert.Equal(Dollars(2_500m), trade.Fill!.FilledDollars);
        Assert.Contains(TradeFlag.PartialFill, trade.Flags);
        Assert.Equal(OrderStatus.Canceled, h.Broker.Order(trade.ClientOrderId!.Value)!.Status);
    }

    [Fact]
    public async Task Resolution8_no_fill_after_15_minutes_raises_no_fill_and_pending_fill()
    {
        var h = new EngineHarness();
        h.Broker.Ticker("MSFT").NeverFills();

        var run = await h.StartAsync(new QaReportBuilder());

        var trade = run.Trade("T-001");
        Assert.Equal(TradeStatus.PendingFill, trade.Status);
        Assert.Null(trade.Fill);
        Assert.True(h.Clock.GetUtcNow() - trade.SubmittedAt!.Value >= TimeSpan.FromMinutes(15));
        var noFill = Assert.Single(run.EscalationsOf(EscalationType.NoFill));
        Assert.False(noFill.Blocking);
        Assert.Equal(["T-001"], noFill.TradeIds.Select(t => t.Value));
        Assert.Equal(Buffer(40_000m), trade.BufferAfter);
        Assert.Single(h.Broker.Submissions);
        Assert.Equal(RunStatus.CompletedWithEscalations, run.Header.Status);
    }

    [Fact]
    public async Task Step4_an_order_that_fills_while_watched_is_executed()
    {
        var h = new EngineHarness();
        h.Broker.Ticker("MSFT").FillsAfterLookups(3);

        var run = await h.StartAsync(new QaReportBuilder());

        Assert.Equal(TradeStatus.Executed, run.Trade("T-001").Status);
        Assert.Equal(Dollars(5_000m), run.Trade("T-001").Fill!.FilledDollars);
        Assert.Empty(run.EscalationsOf(EscalationType.NoFill));
        Assert.Single(h.Broker.Submissions);
    }

    [Fact]
    public async Task Step4_an_order_filling_after_the_no_fill_escalation_is_executed_and_protected_at_step_4_to_8()
    {
        var report = new QaReportBuilder().Build();
        var watch = new EngineHarness();
        watch.Broker.Ticker("MSFT").NeverFills();
        await watch.StartAsync(report);
        // Its last lookup is STEP 4-8's second look; every one before it was while STEP 4 watched.
        var lastLookup = watch.Broker.LookupCount(EngineHarness.EntryId(report, "T-001"));
        var h = new EngineHarness();
        h.Broker.Ticker("MSFT").FillsAfterLookups(lastLookup);

        var run = await h.StartAsync(report);

        var trade = run.Trade("T-001");
        Assert.Equal(TradeStatus.Executed, trade.Status);
        Assert.Equal(Dollars(5_000m), trade.Fill!.FilledDollars);
        Assert.True(trade.ProtectionPlaced);
        Assert.Single(run.EscalationsOf(EscalationType.NoFill));
        Assert.Equal(Dollars(40_000m), run.Header.PostExecution!.CashAfter);
        Assert.Single(h.Broker.Submissions);
    }
}

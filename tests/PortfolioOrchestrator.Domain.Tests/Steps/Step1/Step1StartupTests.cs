using PortfolioOrchestrator.Domain.Refresh;
using static PortfolioOrchestrator.Domain.Tests.Engine.Example;

namespace PortfolioOrchestrator.Domain.Tests.Steps.Step1;

public sealed class Step1StartupTests
{
    // Friday 2026-11-20; the harness's clock is Tuesday 2026-11-24: Monday and Tuesday are two sessions.
    private static readonly PortfolioBuilder TwoSessionsOld = new PortfolioBuilder().LastUpdated(Examples.At(2026, 11, 20, 9, 40));

    [Fact]
    public async Task Step1_portfolio_older_than_one_trading_day_raises_stale_portfolio_and_pauses()
    {
        var h = new EngineHarness();

        var run = await h.StartAsync(new QaReportBuilder(), TwoSessionsOld);

        Assert.Equal(RunStatus.AwaitingDecision, run.Header.Status);
        Assert.Equal(2, run.Header.TradingDaysElapsed);
        var stale = Assert.Single(run.Escalations);
        Assert.Equal(EscalationType.StalePortfolio, stale.Type);
        Assert.Equal("STEP 1", stale.Step.Text());
        Assert.True(stale.Blocking);
        Assert.Equal(EscalationStatus.Open, stale.Status);
        Assert.Equal(stale.Id, run.Header.AwaitingEscalation);
        Assert.Equal([TradeId.Create("T-001")], stale.TradeIds);
        Assert.Empty(h.Broker.Submissions);
    }

    [Fact]
    public async Task Step1_portfolio_one_trading_day_old_is_not_stale()
    {
        var h = new EngineHarness();

        var run = await h.StartAsync(new QaReportBuilder(), new PortfolioBuilder().LastUpdated(Examples.At(2026, 11, 23, 15, 0)));

        Assert.Equal(1, run.Header.TradingDaysElapsed);
        Assert.Empty(run.EscalationsOf(EscalationType.StalePortfolio));
        Assert.Equal(TradeStatus.Executed, run.Trade("T-001").Status);
    }

    [Fact]
    public async Task Step1_weekend_days_are_not_trading_days()
    {
        // Updated Friday afternoon, run Monday morning: one session (Monday).
        var h = new EngineHarness(Examples.At(2026, 11, 23, 10, 0));

        var run = await h.StartAsync(new QaReportBuilder(), new PortfolioBuilder().LastUpdated(Examples.At(2026, 11, 20, 15, 0)));

        Assert.Equal(1, run.Header.TradingDaysElapsed);
        Assert.Empty(run.EscalationsOf(EscalationType.StalePortfolio));
    }

    [Fact]
    public async Task Step1_approving_stale_portfolio_proceeds_after_a_full_refresh()
    {
        var h = new EngineHarness();
        var paused = await h.StartAsync(new QaReportBuilder(), TwoSessionsOld);

        var run = await h.DecideAndContinueAsync(paused, DecisionKind.Approve);

        Assert.Equal(PortfolioState.TooStale, run.Header.PortfolioState);
        Assert.Equal([RefreshScope.Full], h.Refresher.Requests);
        Assert.Equal(RefreshStatus.Completed, run.Header.Refresh);
        Assert.Equal(EscalationStatus.Approved, run.EscalationsOf(EscalationType.StalePortfolio).Single().Status);
        Assert.Equal(TradeStatus.Executed, run.Trade("T-001").Status);
        Assert.Equal(RunStatus.CompletedWithEscalations, run.Header.Status);
    }

    [Fact]
    public async Task Step1_deferring_stale_portfolio_defers_every_held_trade()
    {
        var h = new EngineHarness();
        var paused = await h.StartAsync(new QaReportBuilder().With(new TradeBuilder("T-001", "MSFT"), new TradeBuilder("T-002", "AMD").Size(1_000m)), TwoSessionsOld);

        var run = await h.DecideAndContinueAsync(paused, DecisionKind.Defer);

        Assert.All(run.Trades, t => Assert.Equal(TradeStatus.Deferred, t.Status));
        Assert.Empty(h.Broker.Submissions);
        Assert.Equal(RunStatus.CompletedWithEscalations, run.Header.Status);
        Assert.Equal(Dollars(Cash), run.Header.PostExecution!.CashAfter);
    }

    [Fact]
    public async Task Step1_halting_stale_portfolio_ends_the_run_halted()
    {
        var h = new EngineHarness();
        var paused = await h.StartAsync(new QaReportBuilder(), TwoSessionsOld);

        var run = await h.DecideAndContinueAsync(paused, DecisionKind.Halt);

        Assert.Equal(RunStatus.Halted, run.Header.Status);
        Assert.Equal(TradeStatus.Halted, run.Trade("T-001").Status);
        Assert.Empty(h.Broker.Submissions);
    }
}

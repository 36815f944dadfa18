using static PortfolioOrchestrator.Domain.Tests.Engine.Example;

namespace PortfolioOrchestrator.Domain.Tests.Engine;

public sealed class PostExecutionTests
{
    [Fact]
    public async Task Resolution10_sector_cap_breach_after_execution_raises_5_without_pause()
    {
        // Cash 100,000 → total 304,800. Financials: (67,800 + 40,000) / 304,800 = 0.35367 > 0.35.
        // No sector drift is approved against, so STEP 2A has nothing to say; the buffer stays at 60,000 / 304,800.
        var h = new EngineHarness();
        var report = new QaReportBuilder().With(new TradeBuilder("T-001", "JPM").Sector("Financials").Account("ROTH-1").Size(40_000m).Price(226m));

        var run = await h.StartAsync(report, new PortfolioBuilder().Cash(100_000m));

        var financials = run.Header.PostExecution!.Sectors.Single(s => s.Sector == SectorName.Create("Financials"));
        Assert.Equal(Buffer(107_800m, 304_800m), financials.Allocation);
        Assert.False(financials.Pass);
        var breach = Assert.Single(run.Escalations);
        Assert.Equal(EscalationType.SectorCapBreach, breach.Type);
        Assert.Equal("STEP 5", breach.Step.Text());
        Assert.False(breach.Blocking);
        Assert.Equal(["T-001"], breach.TradeIds.Select(t => t.Value));
        Assert.Null(run.Header.AwaitingEscalation);
        Assert.Equal(RunStatus.CompletedWithEscalations, run.Header.Status);
    }

    [Fact]
    public async Task Step5_sector_allocation_after_counts_filled_dollars()
    {
        // Technology: (19,000 + 4,250 filled of 5,000) / 249,800.
        var h = new EngineHarness();
        h.Broker.Ticker("MSFT").PartialFill(0.85m);

        var run = await h.StartAsync(new QaReportBuilder());

        var technology = run.Header.PostExecution!.Sectors.Single(s => s.Sector == SectorName.Create("Technology"));
        Assert.Equal(Buffer(23_250m), technology.Allocation);
        Assert.True(technology.Pass);
        Assert.Equal(4, run.Header.PostExecution.Sectors.Count);
    }

    [Fact]
    public async Task Resolution10_buffer_fail_after_execution_raises_4()
    {
        // 45,000 − 16,000 = 29,000: the in-loop breach pauses; once approved, STEP 6 finds 29,000 / 249,800 = 0.11609
        // and raises #4 again, this time without pausing.
        var h = new EngineHarness();
        var paused = await h.StartAsync(new QaReportBuilder().With(new TradeBuilder().Size(16_000m)));

        var run = await h.DecideAndContinueAsync(paused, DecisionKind.Approve);

        var post = run.Header.PostExecution!;
        Assert.Equal(Dollars(29_000m), post.CashAfter);
        Assert.Equal(Buffer(29_000m), post.BufferAfter);
        Assert.Equal(BufferCheck.Fail, post.BufferCheck);
        var step6 = run.EscalationsOf(EscalationType.BufferBreached).Single(e => e.Step == EscalationStep.Step6);
        Assert.False(step6.Blocking);
        Assert.Equal(EscalationStatus.Open, step6.Status);
        Assert.Null(run.Header.AwaitingEscalation);
        Assert.Equal(RunStatus.CompletedWithEscalations, run.Header.Status);
    }

    [Fact]
    public async Task Step6_buffer_between_floor_and_minimum_after_execution_is_caution()
    {
        var run = await new EngineHarness().StartAsync(new QaReportBuilder().With(new TradeBuilder().Size(8_000m)));

        Assert.Equal(Dollars(37_000m), run.Header.PostExecution!.CashAfter);
        Assert.Equal(BufferCheck.Caution, run.Header.PostExecution.BufferCheck);
        Assert.Empty(run.EscalationsOf(EscalationType.BufferBreached));
    }

    [Fact]
    public async Task Step6_cash_after_is_start_cash_less_filled_buys_plus_filled_sells()
    {
        // 45,000 − 4,250 (85 % of 5,000) + 6,000 − 0 (rejected) = 46,750.
        var h = new EngineHarness();
        h.Broker.Ticker("MSFT").PartialFill(0.85m);
        h.Broker.Ticker("NVDA").Rejects("insufficient buying power");
        var report = new QaReportBuilder().With(
            new TradeBuilder("T-001", "MSFT"),
            new TradeBuilder("T-002", "XOM").Sell().Size(6_000m).Price(112m).Sector("Energy").Account("ROTH-1"),
            new TradeBuilder("T-003", "NVDA").Size(2_000m));

        var run = await h.StartAsync(report);

        Assert.Equal(Dollars(46_750m), run.Header.PostExecution!.CashAfter);
        Assert.Equal(BufferCheck.Pass, run.Header.PostExecution.BufferCheck);
    }

    [Fact]
    public async Task Run_without_escalations_ends_completed()
    {
        var run = await new EngineHarness().StartAsync(new QaReportBuilder());

        Assert.Equal(RunStatus.Completed, run.Header.Status);
        Assert.Equal(RunPhase.Done, run.Header.Phase);
        Assert.Empty(run.Escalations);
        Assert.Equal(BufferCheck.Pass, run.Header.PostExecution!.BufferCheck);
    }

    [Fact]
    public async Task Run_with_escalations_after_the_queue_ends_completed_with_escalations()
    {
        var h = new EngineHarness();
        h.Broker.Ticker("MSFT").Rejects("insufficient buying power");

        var run = await h.StartAsync(new QaReportBuilder());

        Assert.Equal(RunStatus.CompletedWithEscalations, run.Header.Status);
        Assert.Equal(RunPhase.Done, run.Header.Phase);
    }

    [Fact]
    public async Task Paused_run_is_awaiting_decision_and_not_done()
    {
        var run = await new EngineHarness().StartAsync(new QaReportBuilder().With(new TradeBuilder().Size(16_000m), new TradeBuilder("T-002", "AMD").Size(1_000m)));

        Assert.Equal(RunStatus.AwaitingDecision, run.Header.Status);
        Assert.NotEqual(RunPhase.Done, run.Header.Phase);
        Assert.Null(run.Header.PostExecution);
    }

    [Fact]
    public async Task Step8_next_review_date_is_the_next_trading_day()
    {
        var run = await new EngineHarness().StartAsync(new QaReportBuilder());

        Assert.Equal(new DateOnly(2026, 11, 25), run.Header.NextReviewDate);
    }

    [Fact]
    public async Task Step8_next_review_after_a_friday_run_is_monday()
    {
        var h = new EngineHarness(Examples.At(2026, 11, 20, 10, 40));

        var run = await h.StartAsync(new QaReportBuilder(), new PortfolioBuilder().LastUpdated(Examples.At(2026, 11, 20, 9, 40)));

        Assert.Equal(new DateOnly(2026, 11, 23), run.Header.NextReviewDate);
    }
}

using static PortfolioOrchestrator.Domain.Tests.Engine.Example;

namespace PortfolioOrchestrator.Domain.Tests.Steps.Step3;

public sealed class Step3SequentialExecutionTests
{
    private static TradeBuilder Buy(string id, string ticker, decimal size) => new TradeBuilder(id, ticker).Size(size).WithoutProtection();

    private static IReadOnlyList<string> SubmittedTickers(EngineHarness h) => [.. h.Broker.Submissions.Select(s => s.Ticker.Value)];

    [Fact]
    public async Task Resolution2_queue_is_in_approval_order_ties_keep_report_order()
    {
        // 18:15Z is 13:15 EST. Sizes and convictions are chosen so no other sort would give this order.
        var report = new QaReportBuilder().With(
            Buy("T-001", "AAA", 1_000m).ApprovedAt(Examples.At(2026, 11, 24, 13, 30)).Conviction("HIGH"),
            Buy("T-002", "BBB", 3_000m).ApprovedAt(Examples.At(2026, 11, 24, 13, 0)).Conviction("LOW"),
            Buy("T-003", "CCC", 2_000m).ApprovedAt(Examples.At(2026, 11, 24, 13, 0)).Conviction("MEDIUM"),
            Buy("T-004", "DDD", 500m).ApprovedAt(new DateTimeOffset(2026, 11, 24, 18, 15, 0, TimeSpan.Zero)));
        var h = new EngineHarness();

        var run = await h.StartAsync(report);

        Assert.Equal(["BBB", "CCC", "DDD", "AAA"], SubmittedTickers(h));
        Assert.Equal(["T-002", "T-003", "T-004", "T-001"], run.Trades.Select(t => t.TradeId.Value));
    }

    [Fact]
    public async Task Step3A_trades_not_approved_are_never_sent_and_are_reported_not_approved()
    {
        var report = new QaReportBuilder().With(
            Buy("T-001", "AAA", 1_000m).Gate("REJECTED"),
            Buy("T-002", "BBB", 1_000m),
            Buy("T-003", "CCC", 1_000m).Gate("PENDING_REVIEW"));
        var h = new EngineHarness();

        var run = await h.StartAsync(report);

        Assert.Equal(["BBB"], SubmittedTickers(h));
        Assert.Equal(TradeStatus.NotApproved, run.Trade("T-001").Status);
        Assert.Equal(TradeStatus.NotApproved, run.Trade("T-003").Status);
        Assert.Null(run.Trade("T-001").ClientOrderId);
        Assert.Equal(["T-002", "T-001", "T-003"], run.Trades.Select(t => t.TradeId.Value));
    }

    [Fact]
    public async Task Resolution1_running_cash_runs_down_across_the_loop_and_sell_adds()
    {
        // 45,000 − 5,000 = 40,000 (0.16013); + 3,000 = 43,000 (0.17214); − 4,000 = 39,000 (0.15613).
        var report = new QaReportBuilder().With(
            Buy("T-001", "AAA", 5_000m).ApprovedAt(Examples.At(2026, 11, 24, 13, 0)),
            Buy("T-002", "XOM", 3_000m).Sell().ApprovedAt(Examples.At(2026, 11, 24, 13, 5)),
            Buy("T-003", "CCC", 4_000m).ApprovedAt(Examples.At(2026, 11, 24, 13, 10)));

        var run = await new EngineHarness().StartAsync(report);

        Assert.Equal(Buffer(40_000m), run.Trade("T-001").BufferAfter);
        Assert.Equal(Buffer(43_000m), run.Trade("T-002").BufferAfter);
        Assert.Equal(Buffer(39_000m), run.Trade("T-003").BufferAfter);
        Assert.Equal(Dollars(39_000m), run.Header.RunningCash);
        // No buffer flag; the buys carry only Resolution 15's UNPROTECTED (their QA trades give no stop_loss).
        Assert.All(run.Trades, t => Assert.DoesNotContain(t.Flags, f => f != TradeFlag.Unprotected));
    }

    [Fact]
    public async Task Step3C_buffer_at_or_above_minimum_continues_without_a_caveat()
    {
        var run = await new EngineHarness().StartAsync(new QaReportBuilder());

        Assert.Equal(Buffer(40_000m), run.Trade("T-001").BufferAfter);
        Assert.DoesNotContain(TradeFlag.BufferMarginal, run.Trade("T-001").Flags);
        Assert.DoesNotContain("Buffer marginal", run.Header.Caveats);
    }

    [Fact]
    public async Task Resolution5_marginal_buffer_is_flagged_and_the_loop_continues_when_the_next_trade_is_safe()
    {
        // 45,000 − 8,000 = 37,000 (0.14812, marginal); next: 37,000 − 1,000 = 36,000 (0.14412) ≥ 0.12.
        var h = new EngineHarness();

        var run = await h.StartAsync(new QaReportBuilder().With(Buy("T-001", "AAA", 8_000m), Buy("T-002", "BBB", 1_000m)));

        Assert.Contains(TradeFlag.BufferMarginal, run.Trade("T-001").Flags);
        Assert.Contains(TradeFlag.BufferMarginal, run.Trade("T-002").Flags);
        Assert.Equal(Buffer(36_000m), run.Trade("T-002").BufferAfter);
        Assert.Contains("Buffer marginal", run.Header.Caveats);
        Assert.Equal(2, h.Broker.Submissions.Count);
        Assert.Null(run.Header.AwaitingEscalation);
    }

    [Fact]
    public async Task Resolution5_marginal_buffer_halts_when_next_trade_would_breach_floor()
    {
        // 45,000 − 8,000 = 37,000 (0.14812); next: 37,000 − 8,000 = 29,000 (0.11609) < 0.12.
        var h = new EngineHarness();

        var run = await h.StartAsync(new QaReportBuilder().With(Buy("T-001", "AAA", 8_000m), Buy("T-002", "BBB", 8_000m), Buy("T-003", "CCC", 1_000m)));

        Assert.Equal(TradeStatus.Executed, run.Trade("T-001").Status);
        Assert.Contains(TradeFlag.BufferMarginal, run.Trade("T-001").Flags);
        Assert.Equal(["AAA"], SubmittedTickers(h));
        var pause = run.AwaitedEscalation()!;
        Assert.Equal(EscalationType.BufferWouldBreach, pause.Type);
        Assert.Equal("STEP 3C", pause.Step.Text());
        Assert.True(pause.Blocking);
        Assert.Equal(["T-002", "T-003"], pause.TradeIds.Select(t => t.Value));
        Assert.Equal(RunStatus.AwaitingDecision, run.Header.Status);
    }

    [Fact]
    public async Task Resolution5_breach_counts_trade_as_executed_and_halts_rest()
    {
        // 45,000 − 16,000 = 29,000; 29,000 / 249,800 = 0.11609 < 0.12.
        var h = new EngineHarness();

        var run = await h.StartAsync(new QaReportBuilder().With(Buy("T-001", "AAA", 16_000m), Buy("T-002", "BBB", 1_000m)));

        var breached = run.Trade("T-001");
        Assert.Equal(TradeStatus.Executed, breached.Status);
        Assert.Equal(Buffer(29_000m), breached.BufferAfter);
        Assert.Contains(TradeFlag.BufferBreached, breached.Flags);
        Assert.Equal(["AAA"], SubmittedTickers(h));
        var pause = run.AwaitedEscalation()!;
        Assert.Equal(EscalationType.BufferBreached, pause.Type);
        Assert.Equal(["T-002"], pause.TradeIds.Select(t => t.Value));
        Assert.Equal(RunStatus.AwaitingDecision, run.Header.Status);
    }

    [Fact]
    public async Task Resolution5_rejection_marks_execution_failed_and_loop_continues()
    {
        // The rejected 20,000 changes no cash: the next buy leaves 45,000 − 5,000 = 40,000.
        var h = new EngineHarness();
        h.Broker.Ticker("NVDA").Rejects("insufficient buying power");

        var run = await h.StartAsync(new QaReportBuilder().With(Buy("T-001", "NVDA", 20_000m), Buy("T-002", "AAA", 5_000m)));

        var failed = run.Trade("T-001");
        Assert.Equal(TradeStatus.ExecutionFailed, failed.Status);
        Assert.Equal("insufficient buying power", failed.Reason);
        Assert.Null(failed.BufferAfter);
        Assert.Null(failed.Fill);
        var escalation = Assert.Single(run.EscalationsOf(EscalationType.ExecutionFailed));
        Assert.False(escalation.Blocking);
        Assert.Equal(["T-001"], escalation.TradeIds.Select(t => t.Value));
        Assert.Equal(TradeStatus.Executed, run.Trade("T-002").Status);
        Assert.Equal(Buffer(40_000m), run.Trade("T-002").BufferAfter);
        Assert.Equal(RunStatus.CompletedWithEscalations, run.Header.Status);
    }

    [Fact]
    public async Task Resolution5_breach_on_the_last_trade_still_pauses_with_nothing_held()
    {
        // The contract's words: below the floor "the run pauses", even with no trade left to hold.
        var h = new EngineHarness();

        var run = await h.StartAsync(new QaReportBuilder().With(Buy("T-001", "AAA", 16_000m)));

        Assert.Equal(RunStatus.AwaitingDecision, run.Header.Status);
        Assert.Empty(run.AwaitedEscalation()!.TradeIds);
        var done = await h.DecideAndContinueAsync(run, DecisionKind.Approve);
        Assert.Equal(RunStatus.CompletedWithEscalations, done.Header.Status);
    }
}

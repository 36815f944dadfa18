using static PortfolioOrchestrator.Domain.Tests.Engine.Example;

namespace PortfolioOrchestrator.Domain.Tests.Steps.Step3;

public sealed class Step3DDecisionTests
{
    // 45,000 − 8,000 = 37,000 (marginal); the next 8,000 would leave 29,000 (0.11609): the run pauses after T-001.
    private static QaReportBuilder MarginalThenBreach() => new QaReportBuilder().With(
        new TradeBuilder("T-001", "AAA").Size(8_000m),
        new TradeBuilder("T-002", "BBB").Size(8_000m),
        new TradeBuilder("T-003", "CCC").Size(1_000m));

    [Fact]
    public async Task Resolution6_approve_continues_halted_trades_without_new_pause()
    {
        // After approval: 37,000 − 8,000 = 29,000 (0.11609) and 29,000 − 1,000 = 28,000 (0.11209), both below
        // the floor, recorded as caveats rather than new pauses.
        var h = new EngineHarness();
        var paused = await h.StartAsync(MarginalThenBreach());

        var run = await h.DecideAndContinueAsync(paused, DecisionKind.Approve);

        Assert.Equal(["AAA", "BBB", "CCC"], h.Broker.Submissions.Select(s => s.Ticker.Value));
        Assert.All(run.Trades, t => Assert.Equal(TradeStatus.Executed, t.Status));
        Assert.Equal(Buffer(28_000m), run.Trade("T-003").BufferAfter);
        Assert.Null(run.Header.AwaitingEscalation);
        Assert.Equal(EscalationStatus.Approved, run.EscalationsOf(EscalationType.BufferWouldBreach).Single(e => e.Step == EscalationStep.Step3C).Status);
        Assert.DoesNotContain(run.Escalations, e => e.Blocking && e.Status == EscalationStatus.Open);
        Assert.Contains(run.Header.Caveats, c => c.StartsWith("Continued after approval", StringComparison.Ordinal));
        Assert.Equal(RunStatus.CompletedWithEscalations, run.Header.Status);
    }

    [Fact]
    public async Task Resolution6_defer_marks_deferred()
    {
        var h = new EngineHarness();
        var paused = await h.StartAsync(MarginalThenBreach());

        var run = await h.DecideAndContinueAsync(paused, DecisionKind.Defer);

        Assert.Equal(TradeStatus.Executed, run.Trade("T-001").Status);
        Assert.Equal(TradeStatus.Deferred, run.Trade("T-002").Status);
        Assert.Equal(TradeStatus.Deferred, run.Trade("T-003").Status);
        Assert.Equal(["AAA"], h.Broker.Submissions.Select(s => s.Ticker.Value));
        Assert.Equal(EscalationStatus.Deferred, run.EscalationsOf(EscalationType.BufferWouldBreach).Single(e => e.Step == EscalationStep.Step3C).Status);
        Assert.Equal(RunStatus.CompletedWithEscalations, run.Header.Status);
        Assert.Equal(Dollars(37_000m), run.Header.PostExecution!.CashAfter);
    }

    [Fact]
    public async Task Resolution6_halt_marks_halted_for_good()
    {
        var h = new EngineHarness();
        var paused = await h.StartAsync(MarginalThenBreach());

        var run = await h.DecideAndContinueAsync(paused, DecisionKind.Halt);
        var again = await h.ContinueAsync(run.Header.RunId);

        Assert.Equal(TradeStatus.Halted, again.Trade("T-002").Status);
        Assert.Equal(TradeStatus.Halted, again.Trade("T-003").Status);
        Assert.Equal(RunStatus.Halted, again.Header.Status);
        Assert.Equal(RunPhase.Done, again.Header.Phase);
        Assert.Single(h.Broker.Submissions);
    }

    [Fact]
    public async Task Resolution6_continuing_without_a_decision_stays_paused_and_sends_nothing()
    {
        var h = new EngineHarness();
        var paused = await h.StartAsync(MarginalThenBreach());

        var run = await h.ContinueAsync(paused.Header.RunId);

        Assert.Equal(RunStatus.AwaitingDecision, run.Header.Status);
        Assert.Equal(paused.Header.AwaitingEscalation, run.Header.AwaitingEscalation);
        Assert.Single(h.Broker.Submissions);
    }

    [Fact]
    public async Task Resolution6_a_decision_is_recorded_once_and_only_for_a_known_escalation()
    {
        var h = new EngineHarness();
        var paused = await h.StartAsync(MarginalThenBreach());
        var id = paused.Header.AwaitingEscalation!.Value;

        Assert.Equal(DecisionResult.Recorded, await h.DecideAsync(id, DecisionKind.Defer));
        Assert.Equal(DecisionResult.AlreadyDecided, await h.DecideAsync(id, DecisionKind.Approve));
        Assert.Equal(DecisionResult.UnknownEscalation, await h.DecideAsync(EscalationId.Create("R-nope-E1"), DecisionKind.Approve));
        var decided = (await h.LoadAsync(paused.Header.RunId))!.AwaitedEscalation()!;
        Assert.Equal(DecisionKind.Defer, decided.Decision!.Kind);
    }

    [Fact]
    public async Task Resolution6_approving_a_breach_lets_the_rest_run_to_the_end()
    {
        // 45,000 − 16,000 = 29,000 (breach, #4 pauses); approved, the 1,000 buy follows: 28,000.
        var h = new EngineHarness();
        var paused = await h.StartAsync(new QaReportBuilder().With(new TradeBuilder("T-001", "AAA").Size(16_000m), new TradeBuilder("T-002", "BBB").Size(1_000m)));

        var run = await h.DecideAndContinueAsync(paused, DecisionKind.Approve);

        Assert.Equal(TradeStatus.Executed, run.Trade("T-002").Status);
        Assert.Equal(Buffer(28_000m), run.Trade("T-002").BufferAfter);
        Assert.Equal(RunStatus.CompletedWithEscalations, run.Header.Status);
    }
}

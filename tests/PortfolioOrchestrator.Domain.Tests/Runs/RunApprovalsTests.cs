namespace PortfolioOrchestrator.Domain.Tests.Runs;

public sealed class RunApprovalsTests
{
    [Fact]
    public void Nothing_is_approved_before_a_decision() =>
        Assert.Equal(new RunApprovals(false, false, false, false), RunApprovals.From([Pause(EscalationType.StalePortfolio, EscalationStep.Step1)], awaiting: null));

    [Theory]
    [InlineData(EscalationType.StalePortfolio, EscalationStep.Step1, true, false, false, false)]
    [InlineData(EscalationType.SectorHeadroomChanged, EscalationStep.Step2A, false, true, false, false)]
    [InlineData(EscalationType.BufferWouldBreach, EscalationStep.Step2B, false, true, false, false)]
    [InlineData(EscalationType.BufferWouldBreach, EscalationStep.Step3C, false, false, true, false)]
    [InlineData(EscalationType.BufferBreached, EscalationStep.Step3C, false, false, true, false)]
    [InlineData(EscalationType.ReconciliationMismatch, EscalationStep.Resume, false, false, false, true)]
    public void An_approved_pause_allows_what_its_step_paused_for(EscalationType type, EscalationStep step, bool stale, bool preExecution, bool buffer, bool reconciliation)
    {
        var approved = Pause(type, step).Decide(new Decision(DecisionKind.Approve, "Master-Architect", null, Examples.Approval));

        Assert.Equal(new RunApprovals(stale, preExecution, buffer, reconciliation), RunApprovals.From([approved], awaiting: null));
    }

    [Theory]
    [InlineData(DecisionKind.Defer)]
    [InlineData(DecisionKind.Halt)]
    public void A_deferred_or_halted_pause_approves_nothing(DecisionKind kind)
    {
        var decided = Pause(EscalationType.BufferBreached, EscalationStep.Step3C).Decide(new Decision(kind, "Master-Architect", null, Examples.Approval));

        Assert.False(RunApprovals.From([decided], awaiting: null).BufferBreach);
    }

    [Fact]
    public void Approving_an_escalation_that_did_not_pause_lets_no_later_pause_through()
    {
        var failed = Pause(EscalationType.ExecutionFailed, EscalationStep.Step3C) with { Blocking = false };

        var approved = failed.Decide(new Decision(DecisionKind.Approve, "Master-Architect", null, Examples.Approval));

        Assert.False(RunApprovals.From([approved], awaiting: null).BufferBreach);
    }

    [Fact]
    public void An_approval_counts_only_once_the_run_has_taken_it_up()
    {
        var approved = Pause(EscalationType.BufferBreached, EscalationStep.Step3C).Decide(new Decision(DecisionKind.Approve, "Master-Architect", null, Examples.Approval));

        Assert.False(RunApprovals.From([approved], awaiting: approved.Id).BufferBreach);
        Assert.True(RunApprovals.From([approved], awaiting: null).BufferBreach);
    }

    [Fact]
    public void An_escalation_is_decided_once()
    {
        var decided = Pause(EscalationType.StalePortfolio, EscalationStep.Step1).Decide(new Decision(DecisionKind.Defer, "MA", null, Examples.Approval));

        Assert.Equal(EscalationStatus.Deferred, decided.Status);
        Assert.Throws<InvalidOperationException>(() => decided.Decide(new Decision(DecisionKind.Approve, "MA", null, Examples.Approval)));
    }

    internal static Escalation Pause(EscalationType type, EscalationStep step) => new()
    {
        Id = EscalationId.Create("R-1-E1"),
        Type = type,
        Step = step,
        Trigger = "test",
        Action = "decide",
        Status = EscalationStatus.Open,
        Blocking = true,
        RaisedAt = Examples.Approval,
    };
}

using PortfolioOrchestrator.Domain.Journal;
using PortfolioOrchestrator.Domain.Steps.Step3;
using PortfolioOrchestrator.Domain.Time;

namespace PortfolioOrchestrator.Domain.Tests.Engine;

public sealed class RunSessionTests
{
    [Fact]
    public void An_illegal_status_change_written_by_hand_is_refused_when_the_trade_is_stored()
    {
        var session = NewSession();
        var queued = session.Trades[0];

        var refused = Assert.Throws<InvalidOperationException>(() => session.Update(queued with { Status = TradeStatus.Executed }));

        Assert.Contains("from Queued to Executed", refused.Message, StringComparison.Ordinal);
        Assert.Equal(TradeStatus.Queued, session.Trades[0].Status);
    }

    [Fact]
    public void A_legal_status_change_is_stored()
    {
        var session = NewSession();

        session.Update(session.Trades[0].MoveTo(TradeStatus.Submitting));

        Assert.Equal(TradeStatus.Submitting, session.Trades[0].Status);
    }

    [Fact]
    public void A_trade_never_lands_in_another_trades_place()
    {
        var session = NewSession();

        Assert.Throws<InvalidOperationException>(() => session.Update(session.Trades[0] with { Sequence = 1 }));
    }

    [Fact]
    public void Only_a_blocking_escalation_pauses_the_run()
    {
        var session = NewSession();
        var noted = session.Raise(EscalationType.BufferWouldBreach, EscalationStep.Step2B, "t", [], "a", blocking: false, EscalationStatus.Noted);

        Assert.Throws<InvalidOperationException>(() => session.Pause(noted));

        var blocking = session.Raise(EscalationType.SectorHeadroomChanged, EscalationStep.Step2A, "t", [], "a", blocking: true);
        session.Pause(blocking);
        Assert.Equal((RunStatus.AwaitingDecision, blocking.Id), (session.Header.Status, session.Header.AwaitingEscalation));
        Assert.Throws<InvalidOperationException>(() => session.Pause(blocking));
    }

    [Fact]
    public void A_paused_run_resumes_only_once_the_escalation_it_waits_for_is_decided()
    {
        var session = NewSession();
        var blocking = session.Raise(EscalationType.StalePortfolio, EscalationStep.Step1, "t", [], "a", blocking: true);
        session.Pause(blocking);

        Assert.Throws<InvalidOperationException>(() => session.Resume(blocking));

        var decided = session.Decide(blocking.Id, new Decision(DecisionKind.Approve, "MA", null, session.Now));
        session.Resume(decided);
        Assert.Equal((RunStatus.Running, (EscalationId?)null), (session.Header.Status, session.Header.AwaitingEscalation));
        Assert.True(session.Approvals.StalePortfolio);
    }

    [Fact]
    public void The_queue_position_never_moves_back_nor_past_the_end()
    {
        var session = NewSession();
        session.AdvanceQueue(1);

        Assert.Throws<InvalidOperationException>(() => session.AdvanceQueue(0));
        Assert.Throws<InvalidOperationException>(() => session.AdvanceQueue(session.Trades.Count + 1));
    }

    [Fact]
    public void A_run_never_moves_back_a_phase_and_is_done_only_by_completing()
    {
        var session = NewSession();
        session.EnterPhase(RunPhase.PreExecution);
        session.EnterPhase(RunPhase.PreExecution);

        Assert.Throws<InvalidOperationException>(() => session.EnterPhase(RunPhase.Startup));
        session.EnterPhase(RunPhase.PostExecution);
        Assert.Throws<InvalidOperationException>(() => session.EnterPhase(RunPhase.Done));
    }

    [Fact]
    public void A_run_completes_halted_when_a_decision_halted_it()
    {
        var session = NewSession();
        var blocking = session.Raise(EscalationType.StalePortfolio, EscalationStep.Step1, "t", [], "a", blocking: true);
        session.Pause(blocking);
        session.Resume(session.Decide(blocking.Id, new Decision(DecisionKind.Halt, "MA", null, session.Now)));
        session.EnterPhase(RunPhase.PostExecution);

        var status = session.Complete(new PostExecutionSummary([], Money.Zero, Ratio.FromFraction(0m), BufferCheck.Fail), new DateOnly(2026, 11, 25));

        Assert.Equal(RunStatus.Halted, status);
        Assert.Equal((RunPhase.Done, RunStatus.Halted), (session.Header.Phase, session.Header.Status));
    }

    private static RunSession NewSession()
    {
        var clock = new SimulatedClock(EngineHarness.DefaultNow);
        var report = new QaReportBuilder().With(new TradeBuilder("T-001", "MSFT"), new TradeBuilder("T-002", "AAPL")).Build();
        var run = RunFactory.Create(EngineHarness.Request(report), 1, clock.GetUtcNow(), "memory");
        return new RunSession(run, new InMemoryJournal(), clock);
    }
}

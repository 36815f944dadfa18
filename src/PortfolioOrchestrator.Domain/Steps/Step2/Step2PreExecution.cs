using PortfolioOrchestrator.Domain.Engine;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Domain.Steps.Step2;

/// <summary>
/// STEP 2: sector drift (2A, #2 pauses), the aggregate buffer (2B, #3 noted — or pausing with
/// <c>pause_on_aggregate_breach</c>), and refresh timing (2C).
/// </summary>
public sealed class Step2PreExecution(Step2CRefresh refresh)
{
    public async Task<StepResult> RunAsync(RunSession session, CancellationToken cancellationToken)
    {
        var policy = session.Inputs.Policy;
        var portfolio = session.Inputs.Portfolio;
        var pending = session.Trades.Where(t => t.Status == TradeStatus.Queued).Select(t => t.Trade).ToList();

        var assessment = PreExecutionDecision.Assess(portfolio, session.Inputs.QaContext, pending, session.Header.StartCash, session.Header.TotalValue, policy);
        var summary = assessment.Summary;
        session.RecordPreExecution(summary);

        var overCap = summary.SectorFlags.Where(f => f.ExceedsCap).ToList();
        if (assessment.Finding(EscalationType.SectorHeadroomChanged) is { Pauses: true } && !session.Approvals.PreExecution && !HasRaised(session, EscalationType.SectorHeadroomChanged))
        {
            var escalation = session.Raise(
                EscalationType.SectorHeadroomChanged,
                EscalationStep.Step2A,
                string.Join("; ", overCap.Select(f => $"{f.Sector}: {f.Message}")),
                HeldTrades.Of(session),
                "Decide: proceed (approve), adjust position or defer (defer), or halt",
                blocking: true);
            session.Pause(escalation);
            await session.CommitAsync(cancellationToken);
            return StepResult.Paused;
        }

        if (assessment.Finding(EscalationType.BufferWouldBreach) is { } aggregate && !HasRaised(session, EscalationType.BufferWouldBreach))
        {
            var trigger = $"Buffer would be {summary.BufferAfterAllPending} if all pending trades execute (cash after {summary.CashAfterAllPending}; minimum {policy.MinBuffer})";
            // Only its own decision lets #3 through: approving #2 is no approval of the buffer.
            if (aggregate.Pauses)
            {
                var escalation = session.Raise(EscalationType.BufferWouldBreach, EscalationStep.Step2B, trigger, HeldTrades.Of(session), "Approve with caveat, or adjust the execution queue (defer or halt)", blocking: true);
                session.Pause(escalation);
                await session.CommitAsync(cancellationToken);
                return StepResult.Paused;
            }

            // CONTRACT Resolution 3: noted and routed; STEP 3C's in-loop checks enforce the floor.
            session.Raise(EscalationType.BufferWouldBreach, EscalationStep.Step2B, trigger, [.. pending.Select(t => t.TradeId)], "Proceeding with caveat: executing in approval order as far as the buffer allows", blocking: false, EscalationStatus.Noted);
            session.AddCaveat($"Proceeding with caveat: the buffer would be {summary.BufferAfterAllPending} if every pending trade executed");
        }

        if (session.Header.PortfolioState is null && !await refresh.RunAsync(session, cancellationToken))
        {
            return StepResult.Stopped;
        }

        session.EnterPhase(RunPhase.Executing);
        session.Record("step2.done", $"buffer after all pending {summary.BufferAfterAllPending} ({summary.BufferStatus}); {summary.SectorFlags.Count} sector flags; refresh {session.Header.Refresh}");
        await session.CommitAsync(cancellationToken);
        return StepResult.Continue;
    }

    private static bool HasRaised(RunSession session, EscalationType type) =>
        session.Escalations.Any(e => e.Type == type && e.Step.IsStep2());
}

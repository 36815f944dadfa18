using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Domain.Engine;

/// <summary>
/// CONTRACT Resolution 6: on resume, a decided pause is applied — approve continues the held trades in
/// order; defer marks them DEFERRED (routed to Stock-Analyst); halt marks them HALTED for good; STEP 4–8
/// then complete.
/// </summary>
public static class DecisionApplier
{
    /// <summary>Applies the decision on the escalation the run waits for; false if it is still undecided.</summary>
    public static bool TryApply(RunSession session)
    {
        if (session.Header.AwaitingEscalation is not { } id)
        {
            return true;
        }

        var escalation = session.Escalations.Single(e => e.Id == id);
        if (escalation.Decision is not { } decision)
        {
            return false;
        }

        var header = session.Header with { AwaitingEscalation = null, Status = RunStatus.Running };
        switch (decision.Kind)
        {
            case DecisionKind.Approve:
                header = escalation.Type switch
                {
                    EscalationType.StalePortfolio => header with { StalePortfolioApproved = true },
                    EscalationType.ReconciliationMismatch => header with { ReconciliationAccepted = true },
                    _ when escalation.Step.StartsWith("STEP 3", StringComparison.Ordinal) => header with { BufferBreachApproved = true },
                    _ => header with { PreExecutionApproved = true },
                };
                session.Header = header;
                session.AddCaveat($"{escalation.Id} approved by {decision.By}: continuing with caveat");
                break;
            default:
                var status = decision.Kind == DecisionKind.Defer ? TradeStatus.Deferred : TradeStatus.Halted;
                var verb = decision.Kind == DecisionKind.Defer ? "Deferred" : "Halted";
                foreach (var trade in session.Trades.Where(t => t.Status == TradeStatus.Queued && escalation.TradeIds.Contains(t.TradeId)).ToList())
                {
                    session.Update(trade with { Status = status, Reason = $"{verb} by {decision.By} on {escalation.Id} ({escalation.Type})" });
                }

                session.Header = header with { Phase = RunPhase.PostExecution };
                break;
        }

        session.Record("decision.applied", $"{escalation.Id}: {decision.Kind} by {decision.By}");
        return true;
    }
}

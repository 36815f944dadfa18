using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Domain.Engine;

/// <summary>
/// CONTRACT Resolution 6: on resume, a decided pause is applied — approve continues the held trades in
/// order (what the approval allows is read from the decided escalation, <see cref="RunSession.Approvals"/>);
/// defer marks them DEFERRED (routed to Stock-Analyst); halt marks them HALTED for good; STEP 4–8 then complete.
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

        session.Resume(escalation);
        if (decision.Kind == DecisionKind.Approve)
        {
            session.AddCaveat($"{escalation.Id} approved by {decision.By}: continuing with caveat");
        }
        else
        {
            var status = decision.Kind == DecisionKind.Defer ? TradeStatus.Deferred : TradeStatus.Halted;
            var verb = decision.Kind == DecisionKind.Defer ? "Deferred" : "Halted";
            foreach (var trade in session.Trades.Where(t => t.Status == TradeStatus.Queued && escalation.TradeIds.Contains(t.TradeId)).ToList())
            {
                session.Update(trade.MoveTo(status) with { Reason = $"{verb} by {decision.By} on {escalation.Id} ({ContractSpelling.Of(escalation.Type)})" });
            }

            session.EnterPhase(RunPhase.PostExecution);
        }

        session.Record("decision.applied", $"{escalation.Id}: {decision.Kind} by {decision.By}");
        return true;
    }
}

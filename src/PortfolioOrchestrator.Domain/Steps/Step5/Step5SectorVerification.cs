using PortfolioOrchestrator.Domain.Engine;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Domain.Steps.Step5;

/// <summary>
/// STEP 5: every sector's allocation after the run's fills against the cap; each sector above it raises
/// #5 once, without pausing (CONTRACT Resolution 10).
/// </summary>
public static class Step5SectorVerification
{
    /// <summary>Raises what fails and returns every sector's verdict for the report.</summary>
    public static IReadOnlyList<SectorAfter> Run(RunSession session)
    {
        var policy = session.Inputs.Policy;
        var sectors = new SectorCapRule(policy).Evaluate(session.Inputs.ExecutedOn, session.Header.TotalValue, session.Trades);
        foreach (var sector in sectors.Where(s => !s.Pass))
        {
            var trigger = $"{sector.Sector} at {sector.Allocation} after execution, above the {policy.SectorCap} cap";
            if (!session.Escalations.Any(e => e.Type == EscalationType.SectorCapBreach && e.Trigger == trigger))
            {
                var trades = session.Trades.Where(t => t.Trade.Sector == sector.Sector && t.Fill is not null && t.Status is TradeStatus.Executed or TradeStatus.PendingFill).Select(t => t.TradeId).ToList();
                session.Raise(EscalationType.SectorCapBreach, EscalationStep.Step5, trigger, trades, "Request clarification OR rebalance positions", blocking: false);
            }
        }

        return sectors;
    }
}

using PortfolioOrchestrator.Domain.Policy;
using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.QualityAssurance;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Domain.Steps.Step2;

/// <summary>
/// STEP 2A and 2B's decision on the inputs: the sector flags and the aggregate buffer, and which
/// escalations they raise — #2 (a sector's pending buys would pass the cap) always pauses; #3 (the
/// buffer would fall below the minimum) pauses only with <c>pause_on_aggregate_breach</c>, else it is
/// noted (CONTRACT Resolutions 3 and 4). Findings come in the order the engine meets them.
/// </summary>
public static class PreExecutionDecision
{
    /// <param name="portfolio">PORTFOLIO.md as read.</param>
    /// <param name="approved">The portfolio as QA saw it when approving.</param>
    /// <param name="pending">The approved trades still to execute, in queue order.</param>
    /// <param name="cash">Cash at the start of STEP 2, dollars.</param>
    /// <param name="totalValue">Total value at the start of the run, dollars.</param>
    /// <param name="policy">The run's thresholds.</param>
    public static PreExecutionAssessment Assess(
        PortfolioSnapshot portfolio,
        QaPortfolioContext approved,
        IReadOnlyList<QaTrade> pending,
        Money cash,
        Money totalValue,
        ExecutionPolicy policy)
    {
        var flags = new SectorDriftRule(policy).Evaluate(portfolio, approved, pending);
        var aggregate = new AggregateBufferRule(policy).Evaluate(cash, totalValue, pending);
        var summary = new PreExecutionSummary(aggregate.NetPending, aggregate.CashAfter, aggregate.Buffer, aggregate.Status, flags);

        var findings = new List<PreExecutionFinding>();
        if (flags.Any(f => f.ExceedsCap))
        {
            findings.Add(new PreExecutionFinding(EscalationType.SectorHeadroomChanged, Pauses: true));
        }

        if (policy.BandOf(aggregate.Buffer) != BufferBand.Healthy)
        {
            findings.Add(new PreExecutionFinding(EscalationType.BufferWouldBreach, policy.PauseOnAggregateBreach));
        }

        return new PreExecutionAssessment(summary, findings);
    }
}

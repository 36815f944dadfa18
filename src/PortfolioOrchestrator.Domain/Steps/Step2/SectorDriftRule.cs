using PortfolioOrchestrator.Domain.Policy;
using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.QualityAssurance;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Domain.Steps.Step2;

/// <summary>
/// STEP 2A: a sector whose live allocation is more than <see cref="ExecutionPolicy.SectorDriftPoints"/>
/// above QA's approved allocation is flagged; if live value plus that sector's pending buys would
/// exceed the cap, the flag says so and escalation #2 follows (CONTRACT Resolution 4).
/// </summary>
public sealed class SectorDriftRule(ExecutionPolicy policy)
{
    public IReadOnlyList<SectorFlag> Evaluate(PortfolioSnapshot portfolio, QaPortfolioContext approved, IEnumerable<QaTrade> pending)
    {
        var pendingBuys = new Dictionary<SectorName, Money>();
        foreach (var trade in pending)
        {
            if (trade.Side == TradeSide.Buy && trade.Sector is { } sector)
            {
                pendingBuys[sector] = pendingBuys.GetValueOrDefault(sector) + trade.SizeDollars;
            }
        }

        var flags = new List<SectorFlag>();
        foreach (var (sector, approvedAllocation) in approved.SectorAllocations)
        {
            var live = portfolio.AllocationOf(sector);
            var drift = live.PointsAbove(approvedAllocation);
            if (drift <= policy.SectorDriftPoints)
            {
                continue;
            }

            var buys = pendingBuys.GetValueOrDefault(sector);
            var projected = (portfolio.SectorValues.GetValueOrDefault(sector) + buys) / portfolio.TotalValue;
            var exceeds = policy.IsOverSectorCap(projected);
            var message = exceeds
                ? $"Sector allocation increased since approval ({approvedAllocation} → {live}); with pending buys it would reach {projected}, above the {policy.SectorCap} cap"
                : $"Sector allocation increased since approval ({approvedAllocation} → {live})";
            flags.Add(new SectorFlag(sector, approvedAllocation, live, decimal.Round(drift, 4), buys, projected, exceeds, message));
        }

        return flags;
    }
}

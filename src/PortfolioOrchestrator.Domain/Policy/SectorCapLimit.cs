using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Domain.Policy;

/// <summary>
/// The one sector-cap test: STEP 2A's projection, STEP 5, the report, the daily check and the chart all
/// ask here. An allocation exactly at the cap is within it.
/// </summary>
public static class SectorCapLimit
{
    /// <summary>Whether <paramref name="allocation"/> (sector value over total value, a fraction) is above the cap.</summary>
    public static bool IsOverSectorCap(this ExecutionPolicy policy, Ratio allocation) => allocation > policy.SectorCap;
}

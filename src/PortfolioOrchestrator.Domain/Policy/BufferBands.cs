using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Domain.Policy;

/// <summary>
/// The one place a cash buffer is judged: STEP 2B, 3C, 6, the report, the daily check and the chart all
/// ask here. The minimum and the floor both count as inside their band (0.15 is healthy, 0.12 marginal).
/// </summary>
public static class BufferBands
{
    /// <summary>The band <paramref name="buffer"/> (cash over total value, a fraction) falls in.</summary>
    public static BufferBand BandOf(this ExecutionPolicy policy, Ratio buffer) =>
        buffer >= policy.MinBuffer ? BufferBand.Healthy
        : buffer >= policy.BufferFloor ? BufferBand.Marginal
        : BufferBand.BelowFloor;
}

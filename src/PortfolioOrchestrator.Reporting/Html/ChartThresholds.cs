using PortfolioOrchestrator.Domain.Policy;
using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Reporting.Html;

/// <summary>
/// The lines the HTML report's charts draw and the zones they colour, from the run's policy: the sector
/// cap, the healthy cash buffer and the buffer floor, as fractions (0.35 is 35 %). <see cref="Seed"/>
/// holds the seed's 0.35 / 0.15 / 0.12; a run with <c>--policy</c> passes its own. Zones are the
/// domain's own tests (<see cref="BufferBands"/>, <see cref="SectorCapLimit"/>), never recomputed here.
/// </summary>
public sealed record ChartThresholds(ExecutionPolicy Policy)
{
    public static readonly ChartThresholds Seed = new(ExecutionPolicy.Default);

    public decimal SectorCap => Policy.SectorCap.Fraction;

    public decimal MinBuffer => Policy.MinBuffer.Fraction;

    public decimal BufferFloor => Policy.BufferFloor.Fraction;

    /// <summary>The chart's colour class for a buffer (a fraction): <c>healthy</c>, <c>marginal</c> or <c>breached</c>.</summary>
    public string ZoneOf(decimal buffer) => Policy.BandOf(Ratio.FromFraction(buffer)) switch
    {
        BufferBand.Healthy => "healthy",
        BufferBand.Marginal => "marginal",
        _ => "breached",
    };

    /// <summary>Whether a sector's allocation (a fraction) is drawn as over the cap.</summary>
    public bool IsOverCap(decimal allocation) => Policy.IsOverSectorCap(Ratio.FromFraction(allocation));
}

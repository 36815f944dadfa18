namespace PortfolioOrchestrator.Reporting.Html;

/// <summary>
/// The lines the HTML report's charts draw, as fractions (0.35 is 35 %): the sector cap, the healthy
/// cash buffer and the buffer floor. <see cref="Seed"/> holds the seed's 0.35 / 0.15 / 0.12; a run
/// with <c>--policy</c> passes its own.
/// </summary>
public sealed record ChartThresholds(decimal SectorCap, decimal MinBuffer, decimal BufferFloor)
{
    public static readonly ChartThresholds Seed = new(0.35m, 0.15m, 0.12m);
}

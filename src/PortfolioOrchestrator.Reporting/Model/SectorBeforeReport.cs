namespace PortfolioOrchestrator.Reporting.Model;

/// <summary>A sector as PORTFOLIO.md stated it before the run: its positions' value over the total value, a fraction.</summary>
public sealed record SectorBeforeReport
{
    public required string Sector { get; init; }

    public required decimal Allocation { get; init; }
}

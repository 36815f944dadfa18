using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Domain.QualityAssurance;

/// <summary>The portfolio as QA saw it when approving; sector allocations are ratios (converted from the report's percent).</summary>
public sealed record QaPortfolioContext
{
    public DateTimeOffset? AsOf { get; init; }

    public Money? TotalValue { get; init; }

    public Money? TotalCash { get; init; }

    public IReadOnlyDictionary<SectorName, Ratio> SectorAllocations { get; init; } = new Dictionary<SectorName, Ratio>();
}

/// <summary>Quality-Assurance's report of trades, approved or not, in the report's order.</summary>
public sealed record QaReport
{
    public required string ReportId { get; init; }

    public DateTimeOffset? GeneratedAt { get; init; }

    public QaPortfolioContext PortfolioContext { get; init; } = new();

    public required IReadOnlyList<QaTrade> Trades { get; init; }

    /// <summary>
    /// What reading the report and checking it against PORTFOLIO.md found that is not bad input: a
    /// fenced report, a gate that is no QA gate, sectors and figures that disagree (CONTRACT Resolutions 13, 14, 23).
    /// </summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

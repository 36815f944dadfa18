namespace PortfolioOrchestrator.Reporting.Model;

/// <summary>STEP 5 for one sector: allocation after the run as a fraction, <c>PASS</c> or <c>FAIL</c> against the cap.</summary>
public sealed record SectorAfterReport
{
    public required string Sector { get; init; }

    public required decimal Allocation { get; init; }

    public required string Status { get; init; }
}

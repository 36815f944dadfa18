namespace PortfolioOrchestrator.Reporting.Model;

/// <summary>
/// The portfolio STEP 3 onwards executed on (CONTRACT Resolution 24): its <c>Last Updated</c>, and who
/// refreshed it — <c>COMMAND</c> or <c>PERSONA</c> (a new PORTFOLIO.md), <c>VENUE</c> (the venue's figures
/// laid over the given file) — or null when it is the PORTFOLIO.md the run was given, unrefreshed.
/// </summary>
public sealed record ExecutedOnPortfolioReport
{
    public required DateTimeOffset LastUpdated { get; init; }

    public string? RefreshedBy { get; init; }
}

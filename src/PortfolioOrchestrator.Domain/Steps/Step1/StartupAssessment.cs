namespace PortfolioOrchestrator.Domain.Steps.Step1;

/// <summary>What STEP 1 finds: the portfolio's freshness and the escalations it calls for.</summary>
public sealed record StartupAssessment(Freshness Freshness, IReadOnlyList<PreExecutionFinding> Findings)
{
    /// <summary>Whether STEP 1 raises escalation #1 (PORTFOLIO.md too stale).</summary>
    public bool IsTooStale => Findings.Count > 0;
}

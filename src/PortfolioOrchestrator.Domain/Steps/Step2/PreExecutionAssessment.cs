using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Domain.Steps.Step2;

/// <summary>What STEP 2A and 2B find: the report's pre-execution figures and the escalations they call for.</summary>
public sealed record PreExecutionAssessment(PreExecutionSummary Summary, IReadOnlyList<PreExecutionFinding> Findings)
{
    /// <summary>The finding of <paramref name="type"/>, if STEP 2 raises it.</summary>
    public PreExecutionFinding? Finding(EscalationType type) => Findings.FirstOrDefault(f => f.Type == type);
}

using PortfolioOrchestrator.Domain.QualityAssurance;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Domain.Steps.Step1;

namespace PortfolioOrchestrator.Domain.Validation;

/// <summary>
/// STEP 1–2 without sending anything: freshness, the refresh STEP 2C would trigger, 2A/2B's findings,
/// the escalations a run would raise, whether a Master-Architect decision is needed first, and the
/// validation warnings of PORTFOLIO.md and the QA report (CONTRACT Resolutions 13, 14, 23).
/// </summary>
public sealed record ValidationVerdict(
    Freshness Freshness,
    PortfolioState PortfolioState,
    string RefreshAction,
    PreExecutionSummary PreExecution,
    IReadOnlyList<EscalationType> Escalations,
    bool NeedsDecision,
    IReadOnlyList<QaTrade> Queue,
    IReadOnlyList<string> Warnings);

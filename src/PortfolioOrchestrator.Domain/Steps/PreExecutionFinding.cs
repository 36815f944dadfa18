using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Domain.Steps;

/// <summary>
/// An escalation STEP 1 or 2 raises on the inputs alone, and whether it pauses the run before any
/// order. <c>po validate</c> and the engine both take it from the same decision functions.
/// </summary>
public sealed record PreExecutionFinding(EscalationType Type, bool Pauses);

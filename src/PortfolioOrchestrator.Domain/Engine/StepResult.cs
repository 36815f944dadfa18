namespace PortfolioOrchestrator.Domain.Engine;

/// <summary>Whether a step let the run go on, paused it for a decision, or stopped at a safe point on request.</summary>
public enum StepResult
{
    Continue,
    Paused,

    /// <summary>A stop was requested (CONTRACT Resolution 19); everything done so far is journaled.</summary>
    Stopped,
}

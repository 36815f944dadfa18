namespace PortfolioOrchestrator.Domain.Engine;

/// <summary>Whether a step let the run go on or paused it for a decision.</summary>
public enum StepResult
{
    Continue,
    Paused,
}

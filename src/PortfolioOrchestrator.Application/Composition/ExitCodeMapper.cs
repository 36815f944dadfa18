using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Application.Composition;

public static class ExitCodeMapper
{
    /// <summary>CONTRACT §2: 0 completed, 3 escalations routed (a halted run has them), 4 paused, 130 interrupted.</summary>
    public static int For(RunStatus status) => status switch
    {
        RunStatus.Completed => ExitCodes.Success,
        RunStatus.CompletedWithEscalations or RunStatus.Halted => ExitCodes.CompletedWithEscalations,
        RunStatus.AwaitingDecision => ExitCodes.AwaitingDecision,
        RunStatus.Interrupted => ExitCodes.Interrupted,
        _ => ExitCodes.InternalError,
    };
}

using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Application.Composition;

/// <summary>
/// A run read back from the journal by another command: one that still says RUNNING stopped before its
/// end (a crash, the venue or the state directory unavailable) and is shown as the contract's
/// <c>INTERRUPTED</c>, resumable with <c>po resume</c> (CONTRACT §4).
/// </summary>
public static class StoppedRun
{
    public static RunSnapshot View(RunSnapshot run) =>
        run.Header.Status == RunStatus.Running ? run with { Header = run.Header with { Status = RunStatus.Interrupted } } : run;
}

using PortfolioOrchestrator.Application.Composition;
using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Application.UseCases;

/// <summary><c>po report RUN_ID</c> and <c>get_report</c>: a run's execution report rebuilt from the journal.</summary>
public static class ReportQuery
{
    /// <summary>The report in every format; an unknown run id is bad input.</summary>
    public static async Task<ReportPublisher.Published> LoadAsync(PoEnvironment environment, string stateOption, string runId, CancellationToken cancellationToken)
    {
        using var journal = ReadOnlyState.OpenJournal(environment, stateOption);
        var run = await journal.LoadRunAsync(RunId.Create(runId), cancellationToken)
            ?? throw PoException.BadInput($"no run {runId} in state directory {environment.ResolvePath(stateOption)} (see `po status`)");
        return ReportPublisher.Publish(StoppedRun.View(run), null, RunHost.Calendar);
    }
}

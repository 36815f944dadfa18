using PortfolioOrchestrator.Application.Composition;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Application.UseCases;

/// <summary>
/// <c>po status [RUN_ID]</c> and <c>run_status</c>: the runs of a state directory (or one), their trades and
/// escalations, read without the writer lock. An unknown run id is bad input.
/// </summary>
public static class StatusQuery
{
    /// <summary>Every run (oldest first) when <paramref name="runId"/> is null, else that one run.</summary>
    public static async Task<IReadOnlyList<StatusLine>> LoadAsync(PoEnvironment environment, string stateOption, string? runId, CancellationToken cancellationToken)
    {
        var stateDirectory = environment.ResolvePath(stateOption);
        using var journal = ReadOnlyState.OpenJournal(environment, stateDirectory);
        var runs = new List<RunSnapshot>();
        if (runId is not null)
        {
            runs.Add(await journal.LoadRunAsync(RunId.Create(runId), cancellationToken)
                ?? throw PoException.BadInput($"no run {runId} in state directory {stateDirectory} (see `po status`)"));
        }
        else
        {
            foreach (var header in await journal.ListRunsAsync(cancellationToken))
            {
                runs.Add((await journal.LoadRunAsync(header.RunId, cancellationToken))!);
            }
        }

        return [.. runs.Select(r => StatusLines.Of(environment, StoppedRun.View(r), stateDirectory))];
    }
}

using Microsoft.Data.Sqlite;
using PortfolioOrchestrator.Domain.Calendar;
using PortfolioOrchestrator.Domain.Engine;
using PortfolioOrchestrator.Domain.Journal;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Journal;

namespace PortfolioOrchestrator.Application.Composition;

/// <summary>
/// A run that cannot go on — the venue or the state directory unavailable — ends as CONTRACT
/// Resolution 20 says: its report is written as <c>INTERRUPTED</c> from what the journal holds, and the
/// error names the state directory, says what is kept, and gives the <c>po resume</c> line. Never a
/// library's text as an "internal error".
/// </summary>
public sealed class RunStop(PoEnvironment environment, IJournal journal, string stateDirectory, ITradingCalendar calendar)
{
    /// <summary>
    /// Runs <paramref name="work"/>; on a stop, finds the run (<paramref name="whichRun"/>), writes its report
    /// into <paramref name="outDirectory"/> and throws the error that says how to continue.
    /// </summary>
    public async Task<T> GuardAsync<T>(Func<Task<RunId?>> whichRun, Func<RunId, string?> outDirectory, Func<Task<T>> work)
    {
        try
        {
            return await work();
        }
        catch (Exception ex) when (IsVenue(ex) || IsState(ex))
        {
            var runId = await TryAsync(whichRun);
            var reportNote = runId is { } id && outDirectory(id) is { } folder ? TryPublish(id, folder) : null;
            throw IsVenue(ex) ? VenueError(ex, runId, reportNote) : StateError(ex, runId, reportNote);
        }
    }

    /// <summary>The line that continues <paramref name="runId"/> in this state directory.</summary>
    public string ResumeLine(RunId runId) => NextCommands.Resume(environment, runId, stateDirectory);

    private static bool IsVenue(Exception ex) => ex is BrokerUnavailableException;

    private static bool IsState(Exception ex) =>
        ex is JournalUnavailableException { IsStorageFailure: true } or SqliteException or IOException or UnauthorizedAccessException;

    private PoException VenueError(Exception ex, RunId? runId, string? reportNote) => runId is { } id
        ? PoException.VenueUnavailable($"venue unavailable: {ex.Message} Run {id} is journaled as far as it got{reportNote}; when the venue answers again, continue with: {ResumeLine(id)}", id.Value)
        : PoException.VenueUnavailable($"venue unavailable: {ex.Message} No run was started; nothing was sent.");

    private PoException StateError(Exception ex, RunId? runId, string? reportNote)
    {
        var cause = $"the state directory {stateDirectory} could not be written ({ex.Message.TrimEnd('.')})";
        return runId is { } id
            ? PoException.StateUnavailable(
                $"{cause}. Run {id} stopped: everything it journaled is kept, and no order was sent without its intent journaled first{reportNote}. " +
                $"Free space or restore write access to {stateDirectory}, then continue with: {ResumeLine(id)}",
                id.Value)
            : PoException.StateUnavailable($"{cause}. No run was started; nothing was sent. Free space or restore write access, then run again.");
    }

    /// <summary>Writes the stopped run's report; returns a note for the message.</summary>
    private string TryPublish(RunId runId, string outDirectory)
    {
        try
        {
            var run = journal.LoadRunAsync(runId, CancellationToken.None).GetAwaiter().GetResult();
            if (run is null)
            {
                return string.Empty;
            }

            ReportPublisher.Publish(StoppedRun.View(run), outDirectory, calendar);
            return $"; its report (INTERRUPTED) is in {outDirectory}";
        }
        catch (Exception ex) when (IsState(ex) || ex is JournalUnavailableException)
        {
            return $"; its report could not be written either ({ex.Message})";
        }
    }

    private static async Task<RunId?> TryAsync(Func<Task<RunId?>> whichRun)
    {
        try
        {
            return await whichRun();
        }
        catch (Exception ex) when (IsState(ex) || ex is JournalUnavailableException)
        {
            return null;
        }
    }
}

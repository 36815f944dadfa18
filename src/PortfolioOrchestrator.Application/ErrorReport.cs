using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using PortfolioOrchestrator.Domain.Engine;
using PortfolioOrchestrator.Journal;

namespace PortfolioOrchestrator.Application;

/// <summary>
/// A failure in the words of CONTRACT Resolution 20, for every face: what kind it is
/// (<see cref="Classify"/>) and the <c>{"error": {kind, run_id, message, problems}}</c> object (<see cref="ToJson"/>).
/// </summary>
public static class ErrorReport
{
    /// <summary>What kind of failure an exception is: a known one as it is, the venue, the state directory, or internal.</summary>
    public static PoException Classify(Exception exception) => exception switch
    {
        PoException known => known,
        BrokerUnavailableException venue => PoException.VenueUnavailable("venue unavailable: " + venue.Message),
        JournalUnavailableException state => PoException.StateUnavailable(state.Message),
        SqliteException state => PoException.StateUnavailable($"the state directory could not be written or read ({state.Message}); free space or restore write access and run again"),
        _ => new PoException(ExitCodes.InternalError, "internal error: " + exception.Message),
    };

    /// <summary>Resolution 20's error object; every problem names its file, line, field, what was expected and what was found.</summary>
    public static JsonObject ToJson(PoException error)
    {
        var body = new JsonObject { ["kind"] = error.Kind };
        if (error.RunId is { } runId)
        {
            body["run_id"] = runId;
        }

        body["message"] = error.Message;
        var problems = new JsonArray();
        foreach (var problem in error.Problems)
        {
            problems.Add(new JsonObject
            {
                ["file"] = problem.File,
                ["line"] = problem.Line,
                ["field"] = problem.Field,
                ["expected"] = problem.Expected,
                ["got"] = problem.Got,
                ["message"] = problem.Message,
            });
        }

        body["problems"] = problems;
        return new JsonObject { ["error"] = body };
    }
}

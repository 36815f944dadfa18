using Microsoft.Data.Sqlite;
using PortfolioOrchestrator.Cli.Rendering;
using PortfolioOrchestrator.Domain.Engine;
using PortfolioOrchestrator.Journal;

namespace PortfolioOrchestrator.Cli.Commands;

/// <summary>
/// Runs a verb's body and turns its failures into exit codes and one clear message: on stderr for a
/// person, or with <c>--json</c> as one error object on stdout (CONTRACT Resolution 20). Never a stack trace.
/// </summary>
public static class CommandAction
{
    public static async Task<int> RunAsync(CliEnvironment environment, bool json, Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            if (ex is not CliException && environment.Variables.ContainsKey("PO_DEBUG"))
            {
                await environment.Error.WriteLineAsync(ex.ToString());
            }

            return await ErrorOutput.WriteAsync(environment, json, Classify(ex));
        }
    }

    /// <summary>What kind of failure an exception is, in the words of Resolution 20.</summary>
    public static CliException Classify(Exception exception) => exception switch
    {
        CliException known => known,
        BrokerUnavailableException venue => CliException.VenueUnavailable("venue unavailable: " + venue.Message),
        JournalUnavailableException state => CliException.StateUnavailable(state.Message),
        SqliteException state => CliException.StateUnavailable($"the state directory could not be written or read ({state.Message}); free space or restore write access and run again"),
        _ => new CliException(ExitCodes.InternalError, "internal error: " + exception.Message),
    };
}

using PortfolioOrchestrator.Journal;

namespace PortfolioOrchestrator.Cli.Composition;

/// <summary>Opens a state directory's journal for reading (no writer lock needed; WAL lets readers in).</summary>
public static class ReadOnlyState
{
    public static SqliteJournal OpenJournal(CliEnvironment environment, string stateOption)
    {
        try
        {
            return SqliteJournal.Open(environment.ResolvePath(stateOption));
        }
        catch (JournalUnavailableException ex)
        {
            throw ex.IsStorageFailure ? CliException.StateUnavailable(ex.Message) : CliException.BadInput(ex.Message);
        }
    }
}

using PortfolioOrchestrator.Journal;

namespace PortfolioOrchestrator.Application.Composition;

/// <summary>Opens a state directory's journal for reading (no writer lock needed; WAL lets readers in).</summary>
public static class ReadOnlyState
{
    public static SqliteJournal OpenJournal(PoEnvironment environment, string stateOption)
    {
        try
        {
            return SqliteJournal.Open(environment.ResolvePath(stateOption));
        }
        catch (JournalUnavailableException ex)
        {
            throw ex.IsStorageFailure ? PoException.StateUnavailable(ex.Message) : PoException.BadInput(ex.Message);
        }
    }
}

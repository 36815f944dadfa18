using PortfolioOrchestrator.Journal;

namespace PortfolioOrchestrator.Application.Composition;

/// <summary>
/// A state directory opened for writing: the one-writer lock (refused at once if another po holds it)
/// and the durable journal.
/// </summary>
public sealed class StateHost : IDisposable
{
    private readonly IDisposable _lock;

    private StateHost(string directory, IDisposable stateLock, SqliteJournal journal)
    {
        Directory = directory;
        _lock = stateLock;
        Journal = journal;
    }

    public string Directory { get; }

    public SqliteJournal Journal { get; }

    /// <summary>
    /// Opens the state directory for writing. Another po holding it, or a damaged journal, is bad input
    /// (exit 2); a directory that cannot be created, locked or written is state unavailable (exit 1).
    /// </summary>
    public static StateHost Open(string directory)
    {
        try
        {
            System.IO.Directory.CreateDirectory(directory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw PoException.StateUnavailable($"the state directory {directory} cannot be created ({ex.Message}); choose a writable --state directory");
        }

        var acquired = StateDirectoryLock.TryAcquire(directory);
        if (!acquired.Acquired)
        {
            throw acquired.HeldByAnother ? PoException.BadInput(acquired.Failure!) : PoException.StateUnavailable(acquired.Failure!);
        }

        try
        {
            return new StateHost(directory, acquired.Lock!, SqliteJournal.Open(directory));
        }
        catch (JournalUnavailableException ex)
        {
            acquired.Lock!.Dispose();
            throw ex.IsStorageFailure ? PoException.StateUnavailable(ex.Message) : PoException.BadInput(ex.Message);
        }
    }

    public void Dispose()
    {
        Journal.Dispose();
        _lock.Dispose();
    }
}

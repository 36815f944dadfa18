using PortfolioOrchestrator.Journal;

namespace PortfolioOrchestrator.Cli.Composition;

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

    public static StateHost Open(string directory)
    {
        System.IO.Directory.CreateDirectory(directory);
        var acquired = StateDirectoryLock.TryAcquire(directory);
        if (!acquired.Acquired)
        {
            throw CliException.BadInput(acquired.Failure!);
        }

        try
        {
            return new StateHost(directory, acquired.Lock!, SqliteJournal.Open(directory));
        }
        catch (JournalUnavailableException ex)
        {
            acquired.Lock!.Dispose();
            throw CliException.BadInput(ex.Message);
        }
    }

    public void Dispose()
    {
        Journal.Dispose();
        _lock.Dispose();
    }
}

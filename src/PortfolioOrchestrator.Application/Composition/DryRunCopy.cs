using Microsoft.Data.Sqlite;
using PortfolioOrchestrator.Journal;
using PortfolioOrchestrator.Paper;

namespace PortfolioOrchestrator.Application.Composition;

/// <summary>
/// CONTRACT §8: a dry run (<c>po run --dry-run</c>, <c>plan_execution</c>) simulates on a private copy of the state
/// directory's paper venue (cash, positions, open orders) and journal (earlier runs' trades), so a preview shows
/// what the execution would meet (<c>ALREADY_EXECUTED</c>, reserved shares). The copies are taken with SQLite's
/// backup (a consistent snapshot, the WAL included), live in a temporary folder, and are deleted with it; the
/// state directory is only read.
/// </summary>
public sealed class DryRunCopy : IDisposable
{
    private DryRunCopy(string directory, bool hasJournal)
    {
        Directory = directory;
        HasJournal = hasJournal;
    }

    /// <summary>The temporary folder holding the copies.</summary>
    public string Directory { get; }

    /// <summary>Whether the state directory had a journal to copy.</summary>
    public bool HasJournal { get; }

    /// <summary>Copies <paramref name="stateDirectory"/>'s journal and, when <paramref name="paper"/>, its paper venue.</summary>
    public static DryRunCopy Of(string stateDirectory, bool paper)
    {
        var directory = Path.Combine(Path.GetTempPath(), "po-dry-run-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        var hasJournal = Copy(stateDirectory, directory, "journal.db");
        if (paper)
        {
            Copy(stateDirectory, directory, PaperVenue.FileName);
        }

        return new DryRunCopy(directory, hasJournal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary copy is harmless.
        }
    }

    private static bool Copy(string stateDirectory, string directory, string file)
    {
        var source = Path.Combine(stateDirectory, file);
        if (!File.Exists(source))
        {
            return false;
        }

        using var from = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = source, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        using var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(directory, file), Pooling = false }.ToString());
        from.Open();
        to.Open();
        from.BackupDatabase(to);
        return true;
    }
}

namespace PortfolioOrchestrator.Journal;

/// <summary>
/// The journal file cannot be used: it is not a SQLite database, it is damaged, it was written by a
/// newer version, or it cannot be opened or upgraded. The message names the file and what to do;
/// the file is left as it was found.
/// </summary>
public sealed class JournalUnavailableException : Exception
{
    public JournalUnavailableException()
        : this("The journal is unavailable.")
    {
    }

    public JournalUnavailableException(string message)
        : base(message)
    {
    }

    public JournalUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public JournalUnavailableException(string databasePath, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        DatabasePath = databasePath;
    }

    /// <summary>The journal file concerned, when known.</summary>
    public string? DatabasePath { get; }

    /// <summary>
    /// True when the storage failed (disk full, read-only, removed, an I/O error) rather than the file's
    /// content being unusable: freeing space or restoring access and running again is the remedy.
    /// </summary>
    public bool IsStorageFailure { get; init; }
}

using Microsoft.Data.Sqlite;
using PortfolioOrchestrator.Domain.Journal;
using PortfolioOrchestrator.Domain.Positions;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Journal.Storage;

namespace PortfolioOrchestrator.Journal;

/// <summary>
/// The durable journal: one SQLite database, <c>&lt;state&gt;/journal.db</c>, in WAL mode with full
/// sync. Each write is one transaction that is on disk when the returned task completes. One
/// connection serves every call, one call at a time; take <see cref="StateDirectoryLock"/> first so
/// only one process writes a state directory.
/// </summary>
public sealed class SqliteJournal : IJournal, IPositionJournal, IDisposable
{
    private readonly Lock _gate = new();
    private readonly SqliteConnection _connection;
    private readonly JournalWriter _writer;
    private readonly JournalReader _reader;
    private bool _disposed;

    private SqliteJournal(string databasePath, SqliteConnection connection)
    {
        DatabasePath = databasePath;
        _connection = connection;
        _writer = new JournalWriter(connection);
        _reader = new JournalReader(connection);
    }

    /// <summary>The journal file.</summary>
    public string DatabasePath { get; }

    /// <summary>
    /// Opens (creating if needed) the journal of a state directory and upgrades its schema.
    /// </summary>
    /// <exception cref="JournalUnavailableException">The file is not a SQLite database, is damaged, is newer than this code, or cannot be opened or upgraded.</exception>
    public static SqliteJournal Open(string stateDirectory) => Open(stateDirectory, JournalSchema.Migrations);

    internal static SqliteJournal Open(string stateDirectory, IReadOnlyList<SchemaMigration> migrations)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stateDirectory);
        var databasePath = Path.Combine(Path.GetFullPath(stateDirectory), JournalDatabase.FileName);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new JournalUnavailableException(
                databasePath,
                $"The state directory for {databasePath} cannot be created: {exception.Message}. Choose a writable --state directory.",
                exception)
            {
                IsStorageFailure = true,
            };
        }

        var connection = JournalDatabase.Open(databasePath, migrations);
        try
        {
            return new SqliteJournal(databasePath, connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public Task CreateRunAsync(RunSnapshot run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        return Do(cancellationToken, () => _writer.CreateRun(run));
    }

    public Task CommitAsync(JournalBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return Do(cancellationToken, () => _writer.Commit(batch));
    }

    public Task<RunSnapshot?> LoadRunAsync(RunId runId, CancellationToken cancellationToken) =>
        Get(cancellationToken, () => _reader.LoadRun(runId));

    public Task<IReadOnlyList<RunHeader>> ListRunsAsync(CancellationToken cancellationToken) =>
        Get(cancellationToken, _reader.ListRuns);

    public Task<int> CountRunsForReportAsync(string reportId, CancellationToken cancellationToken) =>
        Get(cancellationToken, () => _reader.CountRunsForReport(reportId));

    public Task<IReadOnlyList<(RunId RunId, TradeExecution Trade)>> FindTradeHistoryAsync(
        string reportId, TradeId tradeId, CancellationToken cancellationToken) =>
        Get(cancellationToken, () => _reader.FindTradeHistory(reportId, tradeId));

    public Task<RunId?> FindRunOfEscalationAsync(EscalationId escalationId, CancellationToken cancellationToken) =>
        Get(cancellationToken, () => _reader.FindRunOfEscalation(escalationId));

    public Task<IReadOnlyList<JournalEvent>> ReadEventsAsync(RunId runId, CancellationToken cancellationToken) =>
        Get(cancellationToken, () => _reader.ReadEvents(runId));

    public Task<PositionLots> LoadPositionLotsAsync(AccountId account, Ticker ticker, CancellationToken cancellationToken) =>
        Get(cancellationToken, () => _reader.LoadPosition(account, ticker));

    public Task<IReadOnlyList<PositionLots>> ListPositionLotsAsync(CancellationToken cancellationToken) =>
        Get(cancellationToken, _reader.ListPositions);

    public Task CommitPositionsAsync(PositionCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        return Do(cancellationToken, () => PositionLog.Commit(_connection, commit));
    }

    public Task<IReadOnlyList<PositionEvent>> ReadPositionEventsAsync(CancellationToken cancellationToken) =>
        Get(cancellationToken, () => PositionLog.ReadAll(_connection));

    /// <summary>Appends one MCP tool call to the journal's event log (CONTRACT §8); durable when the task completes.</summary>
    public Task AppendToolCallAsync(ToolCallRecord call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        return Do(cancellationToken, () => ToolCallLog.Append(_connection, call));
    }

    /// <summary>Every MCP tool call recorded, oldest first.</summary>
    public Task<IReadOnlyList<ToolCallRecord>> ReadToolCallsAsync(CancellationToken cancellationToken) =>
        Get(cancellationToken, () => ToolCallLog.ReadAll(_connection));

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _writer.Dispose();
            _reader.Dispose();
            _connection.Dispose();
        }
    }

    private Task Do(CancellationToken cancellationToken, Action work) =>
        Get(cancellationToken, () =>
        {
            work();
            return true;
        });

    // SQLITE_PERM, SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB.
    private static bool IsStorageFailure(SqliteException exception) => exception.SqliteErrorCode is 3 or 8 or 10 or 11 or 13 or 14 or 26;

    // SQLite does its work synchronously, and the durable commit is the point: the task is completed
    // (or faulted) when the call returns, never left running in the background.
    private Task<T> Get<T>(CancellationToken cancellationToken, Func<T> work)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }

        try
        {
            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                return Task.FromResult(work());
            }
        }
        catch (SqliteException exception) when (IsStorageFailure(exception))
        {
            // The storage itself failed (disk full, read-only, I/O error, the file gone or damaged under us);
            // the transaction rolled back. Constraint errors stay what they are: a programmer error.
            return Task.FromException<T>(new JournalUnavailableException(
                DatabasePath,
                $"The journal {DatabasePath} could not be written or read: {exception.Message}",
                exception)
            {
                IsStorageFailure = true,
            });
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return Task.FromException<T>(exception);
        }
    }
}

using System.Text;
using Microsoft.Data.Sqlite;

namespace PortfolioOrchestrator.Journal.Storage;

/// <summary>
/// Opens the journal file and makes sure it is safe to write: a SQLite database, intact, of a schema
/// version this code understands. Every refusal happens before anything is written to the file.
/// </summary>
internal static class JournalDatabase
{
    public const string FileName = "journal.db";

    private const int BusyTimeoutMilliseconds = 30_000;
    private const int SqliteCorrupt = 11;
    private const int SqliteNotADatabase = 26;
    private static readonly byte[] SqliteHeader = Encoding.ASCII.GetBytes("SQLite format 3\0");

    public static SqliteConnection Open(string databasePath, IReadOnlyList<SchemaMigration> migrations)
    {
        RefuseForeignFile(databasePath);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            // One connection per journal, closed for real on dispose so the WAL is checkpointed.
            Pooling = false,
            DefaultTimeout = BusyTimeoutMilliseconds / 1000,
        }.ToString());
        try
        {
            connection.Open();
            Execute(connection, $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds};");
            var supported = SchemaMigrator.LatestVersion(migrations);
            var version = SchemaMigrator.ReadVersion(connection);
            if (version > supported)
            {
                throw SchemaMigrator.NewerSchema(databasePath, version, supported);
            }

            RefuseDamagedFile(connection, databasePath);
            Configure(connection, databasePath);
            SchemaMigrator.Migrate(connection, migrations, databasePath);
            return connection;
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode is SqliteNotADatabase or SqliteCorrupt)
        {
            connection.Dispose();
            throw Damaged(databasePath, exception.Message, exception);
        }
        catch (SqliteException exception)
        {
            connection.Dispose();
            throw new JournalUnavailableException(
                databasePath,
                $"The journal {databasePath} cannot be opened: {exception.Message}. " +
                "Check that the state directory exists, is writable and is on a local disk.",
                exception)
            {
                IsStorageFailure = true,
            };
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static void RefuseForeignFile(string databasePath)
    {
        var file = new FileInfo(databasePath);
        if (!file.Exists || file.Length == 0)
        {
            return;
        }

        var header = new byte[SqliteHeader.Length];
        int read;
        using (var stream = new FileStream(databasePath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        {
            read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }

        if (read < header.Length || !header.AsSpan().SequenceEqual(SqliteHeader))
        {
            throw new JournalUnavailableException(
                databasePath,
                $"The journal {databasePath} is not a SQLite database. Move it aside (or use another --state directory) " +
                "and run again; po will not overwrite it.");
        }
    }

    private static void RefuseDamagedFile(SqliteConnection connection, string databasePath)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA quick_check;";
        using var reader = command.ExecuteReader();
        var problems = new List<string>();
        while (reader.Read())
        {
            problems.Add(reader.GetString(0));
        }

        if (problems is not ["ok"])
        {
            throw Damaged(databasePath, string.Join("; ", problems.Take(3)), innerException: null);
        }
    }

    private static void Configure(SqliteConnection connection, string databasePath)
    {
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "PRAGMA journal_mode = WAL;";
            var mode = command.ExecuteScalar() as string;
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                throw new JournalUnavailableException(
                    databasePath,
                    $"The journal {databasePath} cannot use write-ahead logging (journal mode stays '{mode}'). " +
                    "Put the state directory on a local disk.");
            }
        }

        // FULL: the write-ahead log is synced at every commit, so a commit survives a power cut.
        Execute(connection, "PRAGMA synchronous = FULL;");
        Execute(connection, "PRAGMA foreign_keys = ON;");
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static JournalUnavailableException Damaged(string databasePath, string detail, Exception? innerException) =>
        new(
            databasePath,
            $"The journal {databasePath} is damaged ({detail}). Restore it from a backup or move it aside and start " +
            "with a new state directory; po will not write to a damaged journal.",
            innerException);
}

using System.Globalization;
using Microsoft.Data.Sqlite;

namespace PortfolioOrchestrator.Journal.Storage;

/// <summary>
/// Brings a journal to the latest version of a step list, all steps in one transaction: a journal is
/// either fully upgraded or left exactly as it was. The version lives in <c>PRAGMA user_version</c>.
/// </summary>
internal static class SchemaMigrator
{
    public static int ReadVersion(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public static int LatestVersion(IReadOnlyList<SchemaMigration> steps) => steps.Count == 0 ? 0 : steps.Max(s => s.Version);

    /// <summary>Applies every step newer than the journal's version, in order; returns the version reached.</summary>
    public static int Migrate(SqliteConnection connection, IReadOnlyList<SchemaMigration> steps, string databasePath)
    {
        var target = LatestVersion(steps);
        using var transaction = connection.BeginTransaction();
        // Read again under the write lock: another process may have upgraded the file meanwhile.
        var version = ReadVersion(connection, transaction);
        if (version > target)
        {
            throw NewerSchema(databasePath, version, target);
        }

        if (version == target)
        {
            return version;
        }

        try
        {
            foreach (var step in steps.Where(s => s.Version > version).OrderBy(s => s.Version))
            {
                using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = step.Sql + $"\nPRAGMA user_version = {step.Version.ToString(CultureInfo.InvariantCulture)};";
                command.ExecuteNonQuery();
            }

            transaction.Commit();
            return target;
        }
        catch (SqliteException exception)
        {
            throw new JournalUnavailableException(
                databasePath,
                $"The journal {databasePath} could not be upgraded from schema version {version} to {target}: {exception.Message}. " +
                "Nothing was changed; report this, and keep the file.",
                exception);
        }
    }

    public static JournalUnavailableException NewerSchema(string databasePath, int version, int supported) =>
        new(
            databasePath,
            $"The journal {databasePath} has schema version {version}, newer than this po understands ({supported}). " +
            "Use the po that wrote it (or a newer one); the file was left untouched.");
}

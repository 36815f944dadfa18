using System.Globalization;
using Microsoft.Data.Sqlite;

namespace PortfolioOrchestrator.Journal.Tests.Fixtures;

/// <summary>Plain SQLite access to a journal file, to look under the journal's own API.</summary>
internal static class Raw
{
    /// <summary>The journal's file in a state directory.</summary>
    public const string JournalFile = "journal.db";

    public static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        return connection;
    }

    public static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public static int Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }

    public static List<List<string>> Rows(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<List<string>>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture) ?? string.Empty)]);
        }

        return rows;
    }

    public static List<string> Column(SqliteConnection connection, string sql, int column) =>
        [.. Rows(connection, sql).Select(row => row[column])];
}

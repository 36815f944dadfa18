using Microsoft.Data.Sqlite;

namespace PortfolioOrchestrator.Journal.Storage;

/// <summary>The <c>tool_calls</c> table (schema 4): appended, never changed.</summary>
internal static class ToolCallLog
{
    public static void Append(SqliteConnection connection, ToolCallRecord call)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO tool_calls (at, tool, arguments_sha256, outcome, run_id) VALUES ($at, $tool, $digest, $outcome, $run_id);";
        command.Parameters.AddWithValue("$at", Columns.Time(call.At));
        command.Parameters.AddWithValue("$tool", call.Tool);
        command.Parameters.AddWithValue("$digest", call.ArgumentsSha256);
        command.Parameters.AddWithValue("$outcome", call.Outcome);
        command.Parameters.AddWithValue("$run_id", (object?)call.RunId ?? DBNull.Value);
        command.ExecuteNonQuery();
    }

    public static IReadOnlyList<ToolCallRecord> ReadAll(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT at, tool, arguments_sha256, outcome, run_id FROM tool_calls ORDER BY seq;";
        using var reader = command.ExecuteReader();
        var calls = new List<ToolCallRecord>();
        while (reader.Read())
        {
            calls.Add(new ToolCallRecord(
                Columns.ParseTime(reader.GetString(0)),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4)));
        }

        return calls;
    }
}

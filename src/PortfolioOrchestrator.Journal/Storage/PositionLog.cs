using Microsoft.Data.Sqlite;
using PortfolioOrchestrator.Domain.Journal;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Journal.Records;

namespace PortfolioOrchestrator.Journal.Storage;

/// <summary>
/// STEP 8's tracking outside any run (schema 5): lots replaced in <c>position_lots</c> (with no run) and
/// <c>position_events</c> appended, in one transaction.
/// </summary>
internal static class PositionLog
{
    public static void Commit(SqliteConnection connection, PositionCommit commit)
    {
        using var transaction = connection.BeginTransaction();
        foreach (var position in commit.Positions)
        {
            using var upsert = connection.CreateCommand();
            upsert.Transaction = transaction;
            upsert.CommandText = """
                INSERT INTO position_lots (account_id, ticker, run_id, updated_at, lots_json)
                VALUES ($account_id, $ticker, NULL, $updated_at, $lots_json)
                ON CONFLICT (account_id, ticker) DO UPDATE SET
                    run_id = NULL, updated_at = excluded.updated_at, lots_json = excluded.lots_json;
                """;
            upsert.Parameters.AddWithValue("$account_id", position.Account.Value);
            upsert.Parameters.AddWithValue("$ticker", position.Ticker.Value);
            upsert.Parameters.AddWithValue("$updated_at", Columns.Time(commit.At));
            upsert.Parameters.AddWithValue("$lots_json", JournalRecords.PositionLots.Write(position));
            upsert.ExecuteNonQuery();
        }

        foreach (var item in commit.Events)
        {
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO position_events (at, account_id, ticker, kind, detail) VALUES ($at, $account_id, $ticker, $kind, $detail);";
            insert.Parameters.AddWithValue("$at", Columns.Time(item.At));
            insert.Parameters.AddWithValue("$account_id", item.Account.Value);
            insert.Parameters.AddWithValue("$ticker", item.Ticker.Value);
            insert.Parameters.AddWithValue("$kind", item.Kind);
            insert.Parameters.AddWithValue("$detail", item.Detail);
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    public static IReadOnlyList<PositionEvent> ReadAll(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT at, account_id, ticker, kind, detail FROM position_events ORDER BY seq;";
        using var reader = command.ExecuteReader();
        var events = new List<PositionEvent>();
        while (reader.Read())
        {
            events.Add(new PositionEvent(
                Columns.ParseTime(reader.GetString(0)),
                AccountId.Create(reader.GetString(1)),
                Ticker.Create(reader.GetString(2)),
                reader.GetString(3),
                reader.GetString(4)));
        }

        return events;
    }
}

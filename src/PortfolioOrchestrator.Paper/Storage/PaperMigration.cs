using Microsoft.Data.Sqlite;

namespace PortfolioOrchestrator.Paper.Storage;

/// <summary>
/// Brings a <c>paper.db</c> to <see cref="PaperSchema.CurrentVersion"/> in one IMMEDIATE transaction,
/// so two processes opening the same old file migrate it once. A version 1 venue was opened with cash
/// only: its cash becomes cash for no account in particular and its holdings are replayed, per
/// (account, ticker), from the fills of its orders. It is never re-seeded from a portfolio.
/// </summary>
internal static class PaperMigration
{
    public static void Apply(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        var version = Scalar<long>(connection, transaction, "PRAGMA user_version;");
        if (version >= PaperSchema.CurrentVersion)
        {
            transaction.Rollback();
            return;
        }

        Run(connection, transaction, PaperSchema.Version1);
        Run(connection, transaction, PaperSchema.Version2);
        Run(connection, transaction, "INSERT INTO cash_accounts (account, opening_cash, cash) SELECT '', opening_cash, cash FROM account WHERE id = 1;");
        ReplayHoldings(connection, transaction);
        Run(connection, transaction, $"PRAGMA user_version = {PaperSchema.CurrentVersion};");
        transaction.Commit();
    }

    private static void ReplayHoldings(SqliteConnection connection, SqliteTransaction transaction)
    {
        var sums = new Dictionary<(string Account, string Ticker), (decimal Quantity, decimal Cost)>();
        using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = "SELECT account, ticker, side, filled_quantity, filled_notional FROM orders WHERE account IS NOT NULL ORDER BY seq;";
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                var key = (reader.GetString(0), reader.GetString(1));
                var sign = reader.GetString(2) == "Buy" ? 1m : -1m;
                var (quantity, cost) = sums.GetValueOrDefault(key);
                sums[key] = (quantity + (sign * SqliteValues.Decimal(reader, 3)), cost + (sign * SqliteValues.Decimal(reader, 4)));
            }
        }

        foreach (var ((account, ticker), (quantity, cost)) in sums.Where(s => s.Value != default))
        {
            using var write = connection.CreateCommand();
            write.Transaction = transaction;
            write.CommandText = "INSERT INTO holdings (account, ticker, quantity, cost) VALUES ($account, $ticker, $quantity, $cost);";
            write.Parameters.AddWithValue("$quantity", SqliteValues.Text(quantity));
            write.Parameters.AddWithValue("$cost", SqliteValues.Text(cost));
            write.Parameters.AddWithValue("$account", account);
            write.Parameters.AddWithValue("$ticker", ticker);
            write.ExecuteNonQuery();
        }
    }

    private static void Run(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static T Scalar<T>(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return (T)command.ExecuteScalar()!;
    }
}

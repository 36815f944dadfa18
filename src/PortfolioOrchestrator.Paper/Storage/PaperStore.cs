using Microsoft.Data.Sqlite;
using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Paper.Storage;

/// <summary>
/// The venue's SQLite database: one account, orders (unique by client order id), fills, positions.
/// Not thread-safe: the venue serialises calls. Writes go through <see cref="InTransaction{T}"/>,
/// which begins IMMEDIATE so two processes sharing a state directory take turns.
/// </summary>
internal sealed class PaperStore : IDisposable
{
    private const string OrderColumns = """
        o.seq, o.client_order_id, o.ticker, o.side, o.type, o.account, o.notional, o.quantity, o.stop_price,
        o.limit_price, o.status, o.filled_quantity, o.filled_average_price, o.filled_notional, o.submitted_at,
        o.filled_at, o.reject_reason, o.link_group
        """;

    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private SqliteTransaction? _transaction;

    private PaperStore(SqliteConnection connection) => _connection = connection;

    public static PaperStore Open(string connectionString, bool durable)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            var store = new PaperStore(connection);
            if (durable)
            {
                store.Execute("PRAGMA journal_mode=WAL;");
                store.Execute("PRAGMA synchronous=FULL;");
            }

            store.Execute("PRAGMA foreign_keys=ON;");
            store.Execute(PaperSchema.Create);
            return store;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public T InTransaction<T>(Func<T> work)
    {
        using var transaction = _connection.BeginTransaction(deferred: false);
        _transaction = transaction;
        try
        {
            var result = work();
            transaction.Commit();
            return result;
        }
        finally
        {
            _transaction = null;
        }
    }

    public PaperAccount? FindAccount()
    {
        var command = Command("SELECT opening_cash, cash, opened_at FROM account WHERE id = 1;");
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new PaperAccount(
                Money.FromDollars(SqliteValues.Decimal(reader, 0)),
                Money.FromDollars(SqliteValues.Decimal(reader, 1)),
                SqliteValues.Instant(reader, 2))
            : null;
    }

    public void InsertAccount(Money openingCash, DateTimeOffset at) =>
        Execute(
            "INSERT INTO account (id, opening_cash, cash, opened_at) VALUES (1, $cash, $cash, $at);",
            ("$cash", SqliteValues.Text(openingCash)),
            ("$at", SqliteValues.Text(at)));

    public void AddCash(Money delta)
    {
        var account = FindAccount() ?? throw new InvalidOperationException("The paper venue has no account.");
        Execute("UPDATE account SET cash = $cash WHERE id = 1;", ("$cash", SqliteValues.Text(account.Cash + delta)));
    }

    public void AddToPosition(Ticker ticker, decimal quantity, Money cost)
    {
        var current = FindPosition(ticker);
        Execute(
            "INSERT INTO positions (ticker, quantity, cost) VALUES ($ticker, $quantity, $cost) "
            + "ON CONFLICT (ticker) DO UPDATE SET quantity = excluded.quantity, cost = excluded.cost;",
            ("$ticker", ticker.Value),
            ("$quantity", SqliteValues.Text((current?.Quantity ?? 0m) + quantity)),
            ("$cost", SqliteValues.Text((current?.Cost ?? Money.Zero) + cost)));
    }

    public PaperPosition? FindPosition(Ticker ticker)
    {
        var command = Command("SELECT ticker, quantity, cost FROM positions WHERE ticker = $ticker;", ("$ticker", ticker.Value));
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new PaperPosition(ticker, SqliteValues.Decimal(reader, 1), Money.FromDollars(SqliteValues.Decimal(reader, 2)))
            : null;
    }

    public IReadOnlyList<PaperPosition> ListPositions()
    {
        var command = Command("SELECT ticker, quantity, cost FROM positions ORDER BY ticker;");
        using var reader = command.ExecuteReader();
        var positions = new List<PaperPosition>();
        while (reader.Read())
        {
            positions.Add(new PaperPosition(
                Ticker.Create(reader.GetString(0)),
                SqliteValues.Decimal(reader, 1),
                Money.FromDollars(SqliteValues.Decimal(reader, 2))));
        }

        return positions;
    }

    public BrokerOrder? FindOrder(ClientOrderId id) =>
        ReadOrders($"SELECT {OrderColumns} FROM orders o WHERE o.client_order_id = $id;", ("$id", id.Value)).SingleOrDefault();

    public IReadOnlyList<BrokerOrder> ListOrders() => ReadOrders($"SELECT {OrderColumns} FROM orders o ORDER BY o.seq;");

    /// <summary>Stores a new order and its fills; the broker order id given is ignored (it comes from the row).</summary>
    public BrokerOrder InsertOrder(BrokerOrder order)
    {
        Execute(
            """
            INSERT INTO orders (client_order_id, ticker, side, type, account, notional, quantity, stop_price, limit_price,
                status, filled_quantity, filled_average_price, filled_notional, submitted_at, filled_at, reject_reason, link_group)
            VALUES ($id, $ticker, $side, $type, $account, $notional, $quantity, $stop, $limit,
                $status, $filled_quantity, $filled_price, $filled_notional, $submitted_at, $filled_at, $reject, $link);
            """,
            ("$id", order.ClientOrderId.Value),
            ("$ticker", order.Ticker.Value),
            ("$side", order.Side.ToString()),
            ("$type", order.Type.ToString()),
            ("$account", SqliteValues.Text(order.Account?.Value)),
            ("$notional", SqliteValues.Text(order.Notional)),
            ("$quantity", SqliteValues.Text(order.Quantity)),
            ("$stop", SqliteValues.Text(order.StopPrice)),
            ("$limit", SqliteValues.Text(order.LimitPrice)),
            ("$status", order.Status.ToString()),
            ("$filled_quantity", SqliteValues.Text(order.FilledQuantity)),
            ("$filled_price", SqliteValues.Text(order.FilledAveragePrice)),
            ("$filled_notional", SqliteValues.Text(order.FilledNotional)),
            ("$submitted_at", SqliteValues.Text(order.SubmittedAt)),
            ("$filled_at", SqliteValues.Text(order.FilledAt)),
            ("$reject", SqliteValues.Text(order.RejectReason)),
            ("$link", SqliteValues.Text(order.LinkGroup)));
        foreach (var fill in order.Fills)
        {
            Execute(
                "INSERT INTO fills (execution_id, client_order_id, quantity, price, at) VALUES ($execution, $id, $quantity, $price, $at);",
                ("$execution", fill.ExecutionId),
                ("$id", order.ClientOrderId.Value),
                ("$quantity", SqliteValues.Text(fill.Quantity)),
                ("$price", SqliteValues.Text(fill.Price)),
                ("$at", SqliteValues.Text(fill.At)));
        }

        return FindOrder(order.ClientOrderId)!;
    }

    public void UpdateStatus(ClientOrderId id, OrderStatus status) =>
        Execute("UPDATE orders SET status = $status WHERE client_order_id = $id;", ("$status", status.ToString()), ("$id", id.Value));

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _connection.Dispose();
    }

    private List<BrokerOrder> ReadOrders(string sql, params (string Name, object Value)[] parameters)
    {
        var orders = new List<BrokerOrder>();
        var command = Command(sql, parameters);
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                orders.Add(PaperOrderRows.Read(reader));
            }
        }

        return [.. orders.Select(o => o with { Fills = ReadFills(o.ClientOrderId) })];
    }

    private List<Fill> ReadFills(ClientOrderId id)
    {
        var command = Command("SELECT execution_id, quantity, price, at FROM fills WHERE client_order_id = $id ORDER BY at, execution_id;", ("$id", id.Value));
        using var reader = command.ExecuteReader();
        var fills = new List<Fill>();
        while (reader.Read())
        {
            fills.Add(new Fill(
                reader.GetString(0),
                SqliteValues.Decimal(reader, 1),
                Money.FromDollars(SqliteValues.Decimal(reader, 2)),
                SqliteValues.Instant(reader, 3)));
        }

        return fills;
    }

    private void Execute(string sql, params (string Name, object Value)[] parameters)
    {
        var command = Command(sql, parameters);
        command.ExecuteNonQuery();
    }

    /// <summary>A prepared command for the SQL, reused across calls (preparing costs more than running).</summary>
    private SqliteCommand Command(string sql, params (string Name, object Value)[] parameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
            command.CommandText = sql;
            _commands[sql] = command;
        }

        command.Transaction = _transaction;
        command.Parameters.Clear();
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}

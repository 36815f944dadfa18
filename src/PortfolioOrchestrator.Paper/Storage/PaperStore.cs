using Microsoft.Data.Sqlite;
using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Paper.Storage;

/// <summary>
/// The venue's SQLite database: orders (unique by client order id) and their fills; the account, cash
/// and holdings are read and written through <see cref="PaperBook"/>.
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
            PaperMigration.Apply(connection);
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

    public BrokerOrder? FindOrder(ClientOrderId id) =>
        ReadOrders($"SELECT {OrderColumns} FROM orders o WHERE o.client_order_id = $id;", ("$id", id.Value)).SingleOrDefault();

    /// <summary>The orders of one link group, in the order the venue received them.</summary>
    public IReadOnlyList<BrokerOrder> ListLinked(string linkGroup) =>
        ReadOrders($"SELECT {OrderColumns} FROM orders o WHERE o.link_group = $group ORDER BY o.seq;", ("$group", linkGroup));

    public IReadOnlyList<BrokerOrder> ListOrders() => ReadOrders($"SELECT {OrderColumns} FROM orders o ORDER BY o.seq;");

    /// <summary>Stores a new order and its fills; the broker order id given is ignored (it comes from the row).</summary>
    public BrokerOrder InsertOrder(BrokerOrder order, PaperOrderTags? tags = null)
    {
        Execute(
            """
            INSERT INTO orders (client_order_id, ticker, side, type, account, notional, quantity, stop_price, limit_price,
                status, filled_quantity, filled_average_price, filled_notional, submitted_at, filled_at, reject_reason, link_group,
                reserved_quantity, trade_id, run_id)
            VALUES ($id, $ticker, $side, $type, $account, $notional, $quantity, $stop, $limit,
                $status, $filled_quantity, $filled_price, $filled_notional, $submitted_at, $filled_at, $reject, $link,
                $reserved, $trade, $run);
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
            ("$link", SqliteValues.Text(order.LinkGroup)),
            ("$reserved", SqliteValues.Text(tags?.ReservedQuantity)),
            ("$trade", SqliteValues.Text(tags?.TradeId)),
            ("$run", SqliteValues.Text(tags?.RunId)));
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

    /// <summary>What the venue keeps about an order besides the order itself.</summary>
    public PaperOrderTags Tags(ClientOrderId id) =>
        Query(
            "SELECT reserved_quantity, trade_id, run_id FROM orders WHERE client_order_id = $id;",
            r => new PaperOrderTags(SqliteValues.NullableDecimal(r, 0), SqliteValues.NullableString(r, 1), SqliteValues.NullableString(r, 2)),
            ("$id", id.Value)).Single();

    /// <summary>Records a fill of an open order: the fill row, the order's filled quantity, dollars, average price and status.</summary>
    public void AddFill(BrokerOrder order, Fill fill, OrderStatus status)
    {
        var quantity = order.FilledQuantity + fill.Quantity;
        var notional = order.FilledNotional + (fill.Price * fill.Quantity).RoundToCents();
        Execute(
            "INSERT INTO fills (execution_id, client_order_id, quantity, price, at) VALUES ($execution, $id, $quantity, $price, $at);",
            ("$execution", fill.ExecutionId),
            ("$id", order.ClientOrderId.Value),
            ("$quantity", SqliteValues.Text(fill.Quantity)),
            ("$price", SqliteValues.Text(fill.Price)),
            ("$at", SqliteValues.Text(fill.At)));
        Execute(
            """
            UPDATE orders SET filled_quantity = $quantity, filled_notional = $notional, filled_average_price = $average,
                filled_at = $at, status = $status WHERE client_order_id = $id;
            """,
            ("$quantity", SqliteValues.Text(quantity)),
            ("$notional", SqliteValues.Text(notional)),
            ("$average", SqliteValues.Text(Math.Round(notional.Dollars / quantity, 4, MidpointRounding.AwayFromZero))),
            ("$at", SqliteValues.Text(fill.At)),
            ("$status", order.MoveTo(status).Status.ToString()),
            ("$id", order.ClientOrderId.Value));
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

    public void Execute(string sql, params (string Name, object Value)[] parameters)
    {
        var command = Command(sql, parameters);
        command.ExecuteNonQuery();
    }

    /// <summary>Runs a query and reads each row with <paramref name="read"/>.</summary>
    public List<T> Query<T>(string sql, Func<SqliteDataReader, T> read, params (string Name, object Value)[] parameters)
    {
        var rows = new List<T>();
        var command = Command(sql, parameters);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
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

using Microsoft.Data.Sqlite;
using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Time;
using PortfolioOrchestrator.Testing.Files;
using static PortfolioOrchestrator.Paper.Tests.Support.Paper;

namespace PortfolioOrchestrator.Paper.Tests.Compatibility;

/// <summary>
/// CONTRACT §6: a venue an earlier version opened with cash only is read, kept, and never re-seeded.
/// The file is written with the first version's schema, copied here as it shipped.
/// </summary>
public sealed class VersionOnePaperDbTests : IDisposable
{
    /// <summary>The first version's <c>paper.db</c> schema, verbatim.</summary>
    private const string VersionOneSchema = """
        CREATE TABLE IF NOT EXISTS account (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            opening_cash TEXT NOT NULL,
            cash TEXT NOT NULL,
            opened_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS orders (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            client_order_id TEXT NOT NULL UNIQUE,
            ticker TEXT NOT NULL,
            side TEXT NOT NULL,
            type TEXT NOT NULL,
            account TEXT NULL,
            notional TEXT NULL,
            quantity TEXT NULL,
            stop_price TEXT NULL,
            limit_price TEXT NULL,
            status TEXT NOT NULL,
            filled_quantity TEXT NOT NULL,
            filled_average_price TEXT NULL,
            filled_notional TEXT NOT NULL,
            submitted_at TEXT NOT NULL,
            filled_at TEXT NULL,
            reject_reason TEXT NULL,
            link_group TEXT NULL);
        CREATE TABLE IF NOT EXISTS fills (
            execution_id TEXT PRIMARY KEY,
            client_order_id TEXT NOT NULL REFERENCES orders (client_order_id),
            quantity TEXT NOT NULL,
            price TEXT NOT NULL,
            at TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS fills_by_order ON fills (client_order_id);
        CREATE TABLE IF NOT EXISTS positions (
            ticker TEXT PRIMARY KEY,
            quantity TEXT NOT NULL,
            cost TEXT NOT NULL);
        """;

    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TempDirectory _state = new("paper-v1");

    [Fact]
    public async Task Section6_a_venue_an_earlier_version_opened_with_cash_only_is_never_re_seeded()
    {
        WriteVersionOneVenue();
        using var venue = Open();

        var account = await venue.EnsureOpenedAsync(Opening(50_000m, ("AAPL", 100m, 190m)));

        Assert.False(account.OpenedWithPositions);
        Assert.Equal(Money.FromDollars(6_000m), account.Cash);
        Assert.Equal(new PaperCash(null, Money.FromDollars(10_000m), Money.FromDollars(6_000m)), Assert.Single(account.Accounts));
        Assert.Equal([Holding("MSFT", 10m, 4_000m, reserved: 10m)], await venue.ListPositionsAsync());
    }

    [Fact]
    public async Task Section6_an_earlier_versions_venue_keeps_its_orders_and_trades_on()
    {
        WriteVersionOneVenue();
        using var venue = Open();

        var buy = await venue.SubmitAsync(Buy("o-2", "MSFT", 1_000m, 400m), None);
        var shortSale = await venue.SubmitAsync(Sell("o-3", "AAPL", 1_000m, 190m), None);

        Assert.Equal(["o-1", "o-1-sl", "o-2", "o-3"], (await venue.ListOrdersAsync()).Select(o => o.ClientOrderId.Value));
        Assert.Equal(OrderStatus.Filled, buy.Order!.Status);
        Assert.Equal(OrderOutcomeKind.Rejected, shortSale.Kind);
        Assert.Equal(Money.FromDollars(5_000m), (await venue.ReadAccountAsync())!.Cash);
        Assert.Equal(12.5m, Assert.Single(await venue.ListPositionsAsync()).Quantity);
        var stop = (await venue.GetOrderAsync(Id("o-1-sl"), None)).Order!;
        Assert.Equal((OrderType.Stop, 10m, Money.FromDollars(380m)), (stop.Type, stop.Quantity!.Value, stop.StopPrice!.Value));
    }

    [Fact]
    public void An_earlier_versions_file_is_migrated_once_to_the_current_schema()
    {
        WriteVersionOneVenue();
        using (Open())
        {
        }

        using (Open())
        {
        }

        using var connection = Connect();
        Assert.Equal(2L, Scalar(connection, "PRAGMA user_version;"));
        Assert.Equal(1L, Scalar(connection, "SELECT COUNT(*) FROM cash_accounts;"));
        Assert.Equal(1L, Scalar(connection, "SELECT COUNT(*) FROM holdings;"));
    }

    public void Dispose() => _state.Dispose();

    private PaperVenue Open() => PaperVenue.Open(_state.Path, Script("{}"), new SimulatedClock(Start));

    private SqliteConnection Connect()
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(_state.Path, PaperVenue.FileName)};Pooling=False");
        connection.Open();
        return connection;
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    /// <summary>What the first version left after a $4,000 buy of MSFT at $400 with its stop: cash only, positions by ticker.</summary>
    private void WriteVersionOneVenue()
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = VersionOneSchema + """
            INSERT INTO account (id, opening_cash, cash, opened_at) VALUES (1, '10000', '6000', '2026-03-10T14:30:00.0000000+00:00');
            INSERT INTO orders (client_order_id, ticker, side, type, account, notional, quantity, stop_price, limit_price, status,
                filled_quantity, filled_average_price, filled_notional, submitted_at, filled_at, reject_reason, link_group)
            VALUES ('o-1', 'MSFT', 'Buy', 'Market', 'TAXABLE-1', '4000', NULL, NULL, NULL, 'Filled',
                '10', '400.0000', '4000', '2026-03-10T14:30:00.0000000+00:00', '2026-03-10T14:30:00.0000000+00:00', NULL, NULL);
            INSERT INTO fills (execution_id, client_order_id, quantity, price, at)
            VALUES ('o-1-f1', 'o-1', '10', '400.0000', '2026-03-10T14:30:00.0000000+00:00');
            INSERT INTO orders (client_order_id, ticker, side, type, account, notional, quantity, stop_price, limit_price, status,
                filled_quantity, filled_average_price, filled_notional, submitted_at, filled_at, reject_reason, link_group)
            VALUES ('o-1-sl', 'MSFT', 'Sell', 'Stop', 'TAXABLE-1', NULL, '10', '380', NULL, 'Accepted',
                '0', NULL, '0', '2026-03-10T14:30:00.0000000+00:00', NULL, NULL, 'o-1-oco');
            INSERT INTO positions (ticker, quantity, cost) VALUES ('MSFT', '10', '4000');
            """;
        command.ExecuteNonQuery();
    }
}

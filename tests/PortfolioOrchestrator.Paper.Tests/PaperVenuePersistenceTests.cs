using Microsoft.Data.Sqlite;
using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Time;
using PortfolioOrchestrator.Paper.Tests.Support;
using PortfolioOrchestrator.Testing.Files;
using static PortfolioOrchestrator.Paper.Tests.Support.Paper;

namespace PortfolioOrchestrator.Paper.Tests;

public sealed class PaperVenuePersistenceTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TempDirectory _state = new("paper");

    [Fact]
    public async Task The_venue_keeps_its_account_orders_fills_and_positions_across_reopening()
    {
        OrderOutcome placed;
        using (var venue = Open())
        {
            await venue.EnsureAccountAsync(Money.FromDollars(10_000m));
            placed = await venue.SubmitAsync(Buy("o-1", "MSFT", 4_000m, 400m), None);
            await venue.ProtectAsync(Protection(placed.Order!, 380m, (440m, 100m)), None);
        }

        using var reopened = Open();
        await reopened.EnsureAccountAsync(Money.FromDollars(99m));

        Assert.Equal(Money.FromDollars(6_000m), (await reopened.GetAccountAsync(None))!.Cash);
        OrderAssert.Same(placed.Order, (await reopened.GetOrderAsync(Id("o-1"), None)).Order);
        Assert.Equal(["o-1", "o-1-oco1-tp", "o-1-oco1-sl"], (await reopened.ListOrdersAsync()).Select(o => o.ClientOrderId.Value));
        Assert.Equal(Holding("MSFT", 10m, 4_000m, reserved: 10m), Assert.Single(await reopened.ListPositionsAsync()));
    }

    [Fact]
    public async Task A_resubmit_after_reopening_returns_the_stored_order()
    {
        using (var venue = Open())
        {
            await venue.EnsureAccountAsync(Money.FromDollars(10_000m));
            await venue.SubmitAsync(Buy("o-1", "MSFT", 4_000m, 400m), None);
        }

        using var reopened = Open();
        var again = await reopened.SubmitAsync(Buy("o-1", "MSFT", 4_000m, 400m), None);

        Assert.Equal(OrderStatus.Filled, again.Order!.Status);
        Assert.Single(await reopened.ListOrdersAsync());
        Assert.Equal(Money.FromDollars(6_000m), (await reopened.GetAccountAsync(None))!.Cash);
    }

    [Fact]
    public async Task The_database_is_written_ahead_with_full_sync()
    {
        using var venue = Open();
        await venue.EnsureAccountAsync(Money.FromDollars(1m));

        using var connection = new SqliteConnection($"Data Source={Path.Combine(_state.Path, PaperVenue.FileName)};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";

        Assert.Equal("wal", command.ExecuteScalar());
    }

    [Fact]
    public async Task The_order_table_refuses_a_second_row_for_a_client_order_id()
    {
        using (var venue = Open())
        {
            await venue.EnsureAccountAsync(Money.FromDollars(1_000m));
            await venue.SubmitAsync(Buy("o-1", "MSFT", 100m), None);
        }

        using var connection = new SqliteConnection($"Data Source={Path.Combine(_state.Path, PaperVenue.FileName)};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO orders (client_order_id, ticker, side, type, status, filled_quantity, filled_notional, submitted_at)
            VALUES ('o-1', 'MSFT', 'Buy', 'Market', 'Accepted', '0', '0', '2026-01-01T00:00:00+00:00');
            """;

        Assert.Throws<SqliteException>(() => command.ExecuteNonQuery());
    }

    [Fact]
    public async Task An_in_memory_venue_starts_empty_every_time()
    {
        using (var venue = PaperVenue.OpenInMemory(Script("{}"), new SimulatedClock(Start)))
        {
            await venue.EnsureAccountAsync(Money.FromDollars(1_000m));
            await venue.SubmitAsync(Buy("o-1", "MSFT", 100m), None);
            Assert.Single(await venue.ListOrdersAsync());
        }

        using var fresh = PaperVenue.OpenInMemory(Script("{}"), new SimulatedClock(Start));

        Assert.Empty(await fresh.ListOrdersAsync());
        Assert.Null(await fresh.ReadAccountAsync());
    }

    [Fact]
    public async Task A_new_state_directory_holds_no_orders()
    {
        using var venue = Open();

        Assert.Empty(await venue.ListOrdersAsync());
        Assert.Empty(await venue.ListPositionsAsync());
    }

    public void Dispose() => _state.Dispose();

    private PaperVenue Open() => PaperVenue.Open(_state.Path, Script("{}"), new SimulatedClock(Start));
}

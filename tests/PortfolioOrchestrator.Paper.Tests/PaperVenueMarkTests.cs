using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;
using static PortfolioOrchestrator.Paper.Tests.Support.Paper;

namespace PortfolioOrchestrator.Paper.Tests;

/// <summary>CONTRACT §6: <c>po paper mark</c> moves the venue's prices; protective orders that cross fill and their siblings cancel.</summary>
public sealed class PaperVenueMarkTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Section6_every_slices_sell_stop_at_or_above_the_mark_fills_at_the_mark_and_its_one_cancels_other_sibling_is_canceled()
    {
        using var venue = await HoldingAsync(6_000m);
        var entry = (await venue.SubmitAsync(Buy("e-1", "MSFT", 4_000m, 400m), None)).Order!;
        await venue.ProtectAsync(Protection(entry, 380m, (440m, 50m)), None); // oco1: 5 shares, sl: 5 shares

        var outcome = await venue.MarkAsync(Prices(("MSFT", 372.10m)));

        Assert.Equal(
            [("e-1-oco1-sl", OrderStatus.Filled, 5m), ("e-1-sl", OrderStatus.Filled, 5m)],
            outcome.Filled.Select(o => (o.ClientOrderId.Value, o.Status, o.FilledQuantity)));
        Assert.All(outcome.Filled, stop => Assert.Equal(Money.FromDollars(372.10m), stop.FilledAveragePrice));
        var fill = Assert.Single(outcome.Filled[0].Fills);
        Assert.Equal(("e-1-oco1-sl-f1", 5m, Start), (fill.ExecutionId, fill.Quantity, fill.At));
        Assert.Equal("e-1-oco1-tp", Assert.Single(outcome.Canceled).ClientOrderId.Value);
        Assert.Equal(OrderStatus.Canceled, (await venue.GetOrderAsync(Id("e-1-oco1-tp"), None)).Order!.Status);
        Assert.Equal([Holding("MSFT", 0m, 4_000m - 3_721m)], await venue.ListPositionsAsync());
        Assert.Equal(Money.FromDollars(2_000m + 3_721m), (await venue.ReadAccountAsync())!.Cash);
    }

    [Fact]
    public async Task Section6_a_target_hit_fills_its_own_slice_only_and_the_other_slices_keep_their_stops()
    {
        using var venue = await HoldingAsync(6_000m);
        var entry = (await venue.SubmitAsync(Buy("e-1", "MSFT", 4_000m, 400m), None)).Order!;
        await venue.ProtectAsync(Protection(entry, 380m, (440m, 40m), (480m, 40m)), None); // 4 + 4 in pairs, 2 on a lone stop

        var outcome = await venue.MarkAsync(Prices(("MSFT", 450m)));

        Assert.Equal(("e-1-oco1-tp", 4m), (Assert.Single(outcome.Filled).ClientOrderId.Value, outcome.Filled[0].FilledQuantity));
        Assert.Equal("e-1-oco1-sl", Assert.Single(outcome.Canceled).ClientOrderId.Value);
        var position = Assert.Single(await venue.ListPositionsAsync());
        Assert.Equal((6m, 6m), (position.Quantity, position.Reserved));
    }

    [Fact]
    public async Task Section6_a_stop_exactly_at_the_mark_fills()
    {
        using var venue = await HoldingAsync(6_000m);
        var entry = (await venue.SubmitAsync(Buy("e-1", "MSFT", 4_000m, 400m), None)).Order!;
        await venue.ProtectAsync(Protection(entry, 380m), None);

        var outcome = await venue.MarkAsync(Prices(("MSFT", 380m)));

        Assert.Equal(Money.FromDollars(380m), Assert.Single(outcome.Filled).FilledAveragePrice);
    }

    [Fact]
    public async Task Section6_a_sell_limit_at_or_below_the_mark_fills_at_its_limit()
    {
        using var venue = await HoldingAsync(6_000m);
        var entry = (await venue.SubmitAsync(Buy("e-1", "MSFT", 4_000m, 400m), None)).Order!;
        await venue.ProtectAsync(Protection(entry, 380m, (440m, 100m)), None);

        var outcome = await venue.MarkAsync(Prices(("MSFT", 455m)));

        var target = Assert.Single(outcome.Filled);
        Assert.Equal(("e-1-oco1-tp", 10m, Money.FromDollars(440m)), (target.ClientOrderId.Value, target.FilledQuantity, target.FilledAveragePrice!.Value));
        Assert.Equal("e-1-oco1-sl", Assert.Single(outcome.Canceled).ClientOrderId.Value);
        var position = Assert.Single(await venue.ListPositionsAsync());
        Assert.Equal((0m, 0m), (position.Quantity, position.Reserved));
        Assert.Equal(Money.FromDollars(2_000m + 4_400m), (await venue.ReadAccountAsync())!.Cash);
    }

    [Fact]
    public async Task Section6_a_price_that_crosses_nothing_fills_nothing()
    {
        using var venue = await HoldingAsync(6_000m);
        var entry = (await venue.SubmitAsync(Buy("e-1", "MSFT", 4_000m, 400m), None)).Order!;
        await venue.ProtectAsync(Protection(entry, 380m, (440m, 100m)), None);

        var outcome = await venue.MarkAsync(Prices(("MSFT", 410m), ("AAPL", 1m)));

        Assert.Empty(outcome.Filled);
        Assert.Empty(outcome.Canceled);
        Assert.Equal(10m, Assert.Single(await venue.ListPositionsAsync()).Reserved);
    }

    [Fact]
    public async Task Section6_a_market_order_fills_at_the_last_mark_where_the_script_gives_no_price()
    {
        using var venue = await HoldingAsync(10_000m);
        await venue.MarkAsync(Prices(("MSFT", 250m)));

        var order = (await venue.SubmitAsync(Buy("o-1", "MSFT", 1_000m, referencePrice: 400m), None)).Order!;

        Assert.Equal(Money.FromDollars(250m), order.FilledAveragePrice);
    }

    [Fact]
    public async Task Section6_the_scripts_price_for_the_ticker_wins_over_the_mark()
    {
        using var venue = await HoldingAsync("""{"tickers": {"MSFT": {"price": 300}}}""", 10_000m);
        await venue.MarkAsync(Prices(("MSFT", 250m)));

        var order = (await venue.SubmitAsync(Buy("o-1", "MSFT", 1_000m, referencePrice: 400m), None)).Order!;

        Assert.Equal(Money.FromDollars(300m), order.FilledAveragePrice);
    }

    [Fact]
    public async Task Section6_a_mark_is_kept_across_reopening_the_venue()
    {
        using var state = new Testing.Files.TempDirectory("paper-mark");
        using (var venue = PaperVenue.Open(state.Path, Script("{}"), new Domain.Time.SimulatedClock(Start)))
        {
            await venue.EnsureOpenedAsync(Opening(10_000m));
            await venue.MarkAsync(Prices(("MSFT", 250m)));
        }

        using var reopened = PaperVenue.Open(state.Path, Script("{}"), new Domain.Time.SimulatedClock(Start));
        var order = (await reopened.SubmitAsync(Buy("o-1", "MSFT", 1_000m, referencePrice: 400m), None)).Order!;

        Assert.Equal(Money.FromDollars(250m), order.FilledAveragePrice);
    }

    private static Dictionary<Ticker, Money> Prices(params (string Ticker, decimal Price)[] prices) =>
        prices.ToDictionary(p => Ticker.Create(p.Ticker), p => Money.FromDollars(p.Price));
}

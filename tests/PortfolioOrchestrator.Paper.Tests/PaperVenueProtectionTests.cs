using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;
using static PortfolioOrchestrator.Paper.Tests.Support.Paper;

namespace PortfolioOrchestrator.Paper.Tests;

public sealed class PaperVenueProtectionTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Resolution9_each_target_is_a_one_cancels_other_pair_with_a_stop_for_the_same_shares()
    {
        using var venue = await VenueAsync();
        var entry = await FilledEntryAsync(venue, 10_000m, 300m); // 33.333333 shares at $300

        var outcome = await venue.ProtectAsync(Protection(entry, 270m, (330m, 50m), (360m, 50m)), None);

        Assert.Empty(outcome.Unprotected);
        Assert.Equal(
            [
                ("e-1-oco1-tp", OrderType.Limit, 16.666666m, (decimal?)330m, "e-1-oco1"),
                ("e-1-oco1-sl", OrderType.Stop, 16.666666m, 270m, "e-1-oco1"),
                ("e-1-oco2-tp", OrderType.Limit, 16.666667m, 360m, "e-1-oco2"),
                ("e-1-oco2-sl", OrderType.Stop, 16.666667m, 270m, "e-1-oco2"),
            ],
            outcome.Orders.Select(o => (o.ClientOrderId.Value, o.Type, o.Quantity!.Value, (o.LimitPrice ?? o.StopPrice)?.Dollars, o.LinkGroup)));
        Assert.All(outcome.Orders, o => Assert.Equal((OrderSide.Sell, OrderStatus.Accepted), (o.Side, o.Status)));

        // Linked orders reserve their shares once: the position is held back exactly, not twice.
        Assert.Equal(33.333333m, Assert.Single(await venue.ListPositionsAsync()).Reserved);
    }

    [Fact]
    public async Task Section6_shares_no_target_covers_get_a_lone_stop()
    {
        using var venue = await VenueAsync();
        var entry = await FilledEntryAsync(venue, 10_000m, 300m);

        var outcome = await venue.ProtectAsync(Protection(entry, 270m, (330m, 30m), (360m, 30m)), None);

        Assert.Empty(outcome.Unprotected);
        var stops = outcome.Orders.Where(o => o.Type == OrderType.Stop).ToList();
        Assert.Equal([("e-1-oco1-sl", 9.999999m), ("e-1-oco2-sl", 10m), ("e-1-sl", 13.333334m)], stops.Select(o => (o.ClientOrderId.Value, o.Quantity!.Value)));
        Assert.Null(stops[2].LinkGroup);
        Assert.Equal(entry.FilledQuantity, stops.Sum(o => o.Quantity!.Value));
        Assert.Equal(entry.FilledQuantity, Assert.Single(await venue.ListPositionsAsync()).Reserved);
    }

    [Fact]
    public async Task Targets_above_a_hundred_percent_are_capped_to_the_filled_quantity_and_say_so()
    {
        using var venue = await VenueAsync();
        var entry = await FilledEntryAsync(venue, 1_000m, 100m); // 10 shares

        var outcome = await venue.ProtectAsync(Protection(entry, null, (110m, 60m), (120m, 60m), (130m, 10m)), None);

        Assert.Equal([("e-1-tp1", 6m), ("e-1-tp2", 4m)], outcome.Orders.Select(o => (o.ClientOrderId.Value, o.Quantity!.Value)));
        Assert.Contains(outcome.Unprotected, line => line.Contains("profit target 2", StringComparison.Ordinal) && line.Contains("only 40% was left", StringComparison.Ordinal));
        Assert.Contains(outcome.Unprotected, line => line.Contains("profit target 3", StringComparison.Ordinal) && line.Contains("only 0% was left", StringComparison.Ordinal));
        Assert.Contains(outcome.Unprotected, line => line.Contains("no stop-loss", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Resolution15_a_stop_the_market_has_already_crossed_protects_nothing_and_says_so()
    {
        using var venue = await VenueAsync();
        var entry = await FilledEntryAsync(venue, 1_000m, 100m);

        var outcome = await venue.ProtectAsync(Protection(entry, 100m, (110m, 100m)), None);

        Assert.Empty(outcome.Orders);
        Assert.Contains("has already crossed the stop-loss at $100.00", Assert.Single(outcome.Unprotected), StringComparison.Ordinal);
        Assert.Single(await venue.ListOrdersAsync());
    }

    [Fact]
    public async Task Resolution15_a_stop_is_checked_against_the_last_mark_when_protecting_again()
    {
        using var venue = await VenueAsync();
        var entry = await FilledEntryAsync(venue, 1_000m, 100m);
        await venue.MarkAsync(new Dictionary<Ticker, Money> { [Ticker.Create("MSFT")] = Money.FromDollars(89m) });

        var outcome = await venue.ProtectAsync(Protection(entry, 90m) with { Generation = 2 }, None);

        Assert.Empty(outcome.Orders);
        Assert.Contains("market price $89.00 of MSFT has already crossed the stop-loss at $90.00", Assert.Single(outcome.Unprotected), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_target_at_or_below_the_price_is_not_placed_and_its_shares_keep_the_stop()
    {
        using var venue = await VenueAsync();
        var entry = await FilledEntryAsync(venue, 1_000m, 100m);

        var outcome = await venue.ProtectAsync(Protection(entry, 90m, (100m, 50m), (120m, 50m)), None);

        Assert.Equal([("e-1-oco2-tp", 5m), ("e-1-oco2-sl", 5m), ("e-1-sl", 5m)], outcome.Orders.Select(o => (o.ClientOrderId.Value, o.Quantity!.Value)));
        Assert.Contains("profit target 1 for MSFT at $100.00 is not above the market price $100.00", Assert.Single(outcome.Unprotected), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Protecting_again_returns_the_same_orders_and_places_none()
    {
        using var venue = await VenueAsync();
        var entry = await FilledEntryAsync(venue, 1_000m, 100m);
        var request = Protection(entry, 90m, (110m, 100m));
        var first = await venue.ProtectAsync(request, None);

        var second = await venue.ProtectAsync(request, None);

        Assert.Equal(first.Orders.Select(o => o.BrokerOrderId), second.Orders.Select(o => o.BrokerOrderId));
        Assert.Equal(3, (await venue.ListOrdersAsync()).Count);
    }

    [Fact]
    public async Task Without_stop_or_targets_nothing_is_placed()
    {
        using var venue = await VenueAsync();
        var entry = await FilledEntryAsync(venue, 1_000m, 100m);

        var outcome = await venue.ProtectAsync(Protection(entry, null), None);

        Assert.Empty(outcome.Orders);
        Assert.Empty(outcome.Unprotected);
        Assert.Single(await venue.ListOrdersAsync());
    }

    [Fact]
    public async Task A_partial_fill_is_protected_for_what_filled()
    {
        using var venue = await VenueAsync("""{"default": {"fill_ratio": 0.5}}""");
        var entry = await FilledEntryAsync(venue, 1_000m, 100m);

        var outcome = await venue.ProtectAsync(Protection(entry, 90m), None);

        Assert.Equal(5m, Assert.Single(outcome.Orders).Quantity);
    }

    [Fact]
    public async Task An_entry_with_nothing_filled_is_not_protected()
    {
        using var venue = await VenueAsync("""{"default": {"no_fill": true}}""");
        var entry = (await venue.SubmitAsync(Buy("e-1", "MSFT", 1_000m), None)).Order!;

        var outcome = await venue.ProtectAsync(Protection(entry, 90m) with { FilledQuantity = 10m }, None);

        Assert.Empty(outcome.Orders);
        Assert.Contains("nothing filled", Assert.Single(outcome.Unprotected), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_for_more_than_filled_is_capped_to_the_fill()
    {
        using var venue = await VenueAsync();
        var entry = await FilledEntryAsync(venue, 1_000m, 100m);

        var outcome = await venue.ProtectAsync(Protection(entry, 90m) with { FilledQuantity = 12m }, None);

        Assert.Equal(10m, Assert.Single(outcome.Orders).Quantity);
        Assert.Single(outcome.Unprotected);
    }

    [Fact]
    public async Task Protective_orders_stay_open_and_can_be_canceled()
    {
        using var venue = await VenueAsync();
        var entry = await FilledEntryAsync(venue, 1_000m, 100m);
        await venue.ProtectAsync(Protection(entry, 90m, (110m, 100m)), None);

        var canceled = await venue.CancelAsync(Id("e-1-oco1-sl"), None);

        Assert.Equal(OrderStatus.Canceled, canceled.Order!.Status);
        Assert.Equal(OrderStatus.Accepted, (await venue.GetOrderAsync(Id("e-1-oco1-tp"), None)).Order!.Status);
    }

    private static async Task<BrokerOrder> FilledEntryAsync(PaperVenue venue, decimal notional, decimal price)
    {
        var order = (await venue.SubmitAsync(Buy("e-1", "MSFT", notional, price), CancellationToken.None)).Order!;
        Assert.True(order.FilledQuantity > 0m);
        return order;
    }
}

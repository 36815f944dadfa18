using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;
using static PortfolioOrchestrator.Paper.Tests.Support.Paper;

namespace PortfolioOrchestrator.Paper.Tests;

public sealed class PaperVenueProtectionTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task A_filled_entry_gets_a_stop_for_everything_and_targets_splitting_it()
    {
        using var venue = await VenueAsync();
        var entry = await FilledEntryAsync(venue, 10_000m, 300m); // 33.333333 shares at $300

        var outcome = await venue.ProtectAsync(Protection(entry, 270m, (330m, 50m), (360m, 50m)), None);

        Assert.Empty(outcome.Unprotected);
        Assert.Equal(["e-1-sl", "e-1-tp1", "e-1-tp2"], outcome.Orders.Select(o => o.ClientOrderId.Value));
        var stop = outcome.Orders[0];
        Assert.Equal((OrderSide.Sell, OrderType.Stop, 33.333333m, Money.FromDollars(270m)), (stop.Side, stop.Type, stop.Quantity!.Value, stop.StopPrice!.Value));
        Assert.Equal((OrderType.Limit, 16.666666m, Money.FromDollars(330m)), (outcome.Orders[1].Type, outcome.Orders[1].Quantity!.Value, outcome.Orders[1].LimitPrice!.Value));
        Assert.Equal((OrderType.Limit, 16.666667m, Money.FromDollars(360m)), (outcome.Orders[2].Type, outcome.Orders[2].Quantity!.Value, outcome.Orders[2].LimitPrice!.Value));
        Assert.All(outcome.Orders, o => Assert.Equal("e-1-oco", o.LinkGroup));
        Assert.All(outcome.Orders, o => Assert.Equal(OrderStatus.Accepted, o.Status));
    }

    [Fact]
    public async Task Targets_under_a_hundred_percent_leave_the_rest_to_the_stop()
    {
        using var venue = await VenueAsync();
        var entry = await FilledEntryAsync(venue, 10_000m, 300m);

        var outcome = await venue.ProtectAsync(Protection(entry, 270m, (330m, 30m), (360m, 30m)), None);

        Assert.Equal([9.999999m, 9.999999m], outcome.Orders.Skip(1).Select(o => o.Quantity!.Value));
        Assert.Empty(outcome.Unprotected);
    }

    [Fact]
    public async Task Targets_above_a_hundred_percent_are_capped_to_the_filled_quantity_and_say_so()
    {
        using var venue = await VenueAsync();
        var entry = await FilledEntryAsync(venue, 1_000m, 100m); // 10 shares

        var outcome = await venue.ProtectAsync(Protection(entry, null, (110m, 60m), (120m, 60m), (130m, 10m)), None);

        Assert.Equal([6m, 4m], outcome.Orders.Select(o => o.Quantity!.Value));
        Assert.Equal(2, outcome.Unprotected.Count);
        Assert.Contains("130%", outcome.Unprotected[0], StringComparison.Ordinal);
        Assert.Contains("profit target 3", outcome.Unprotected[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stop_at_or_above_the_fill_price_is_refused_in_words()
    {
        using var venue = await VenueAsync();
        var entry = await FilledEntryAsync(venue, 1_000m, 100m);

        var outcome = await venue.ProtectAsync(Protection(entry, 100m, (110m, 100m)), None);

        Assert.Equal(["e-1-tp1"], outcome.Orders.Select(o => o.ClientOrderId.Value));
        var refusal = Assert.Single(outcome.Unprotected);
        Assert.Contains("stop-loss at $100.00 refused", refusal, StringComparison.Ordinal);
        Assert.Equal(OrderLookupKind.NotFound, (await venue.GetOrderAsync(Id("e-1-sl"), None)).Kind);
    }

    [Fact]
    public async Task A_target_at_or_below_the_fill_price_is_refused_in_words()
    {
        using var venue = await VenueAsync();
        var entry = await FilledEntryAsync(venue, 1_000m, 100m);

        var outcome = await venue.ProtectAsync(Protection(entry, 90m, (100m, 50m), (120m, 50m)), None);

        Assert.Equal(["e-1-sl", "e-1-tp2"], outcome.Orders.Select(o => o.ClientOrderId.Value));
        Assert.Equal(5m, outcome.Orders[1].Quantity);
        Assert.Contains("profit target 1 at $100.00 refused", Assert.Single(outcome.Unprotected), StringComparison.Ordinal);
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

        var canceled = await venue.CancelAsync(Id("e-1-sl"), None);

        Assert.Equal(OrderStatus.Canceled, canceled.Order!.Status);
        Assert.Equal(OrderStatus.Accepted, (await venue.GetOrderAsync(Id("e-1-tp1"), None)).Order!.Status);
    }

    private static async Task<BrokerOrder> FilledEntryAsync(PaperVenue venue, decimal notional, decimal price)
    {
        var order = (await venue.SubmitAsync(Buy("e-1", "MSFT", notional, price), CancellationToken.None)).Order!;
        Assert.True(order.FilledQuantity > 0m);
        return order;
    }
}

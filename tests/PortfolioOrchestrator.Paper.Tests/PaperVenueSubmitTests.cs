using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Time;
using PortfolioOrchestrator.Paper.Tests.Support;
using static PortfolioOrchestrator.Paper.Tests.Support.Paper;

namespace PortfolioOrchestrator.Paper.Tests;

public sealed class PaperVenueSubmitTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task A_buy_fills_at_the_reference_price_plus_slippage()
    {
        using var venue = await VenueAsync("""{"default": {"slippage_bps": 12}}""");

        var outcome = await venue.SubmitAsync(Buy("o-1", "MSFT", 10_000m, referencePrice: 410m), None);

        Assert.Equal(OrderOutcomeKind.Accepted, outcome.Kind);
        var order = outcome.Order!;
        Assert.Equal(OrderStatus.Filled, order.Status);
        Assert.Equal(Money.FromDollars(410.492m), order.FilledAveragePrice);
        Assert.Equal(Money.FromDollars(10_000m), order.FilledNotional);
        Assert.Equal(24.361010m, order.FilledQuantity);
        Assert.Equal(OrderType.Market, order.Type);
        Assert.Equal(Money.FromDollars(10_000m), order.Notional);
    }

    [Fact]
    public async Task A_sell_fills_at_the_scripted_price_minus_slippage_and_adds_to_cash()
    {
        using var venue = await HoldingAsync("""{"tickers": {"MSFT": {"price": 400, "slippage_bps": 25}}}""", 100_000m, ("MSFT", 20m, 400m));

        var order = (await venue.SubmitAsync(Sell("o-1", "MSFT", 5_000m, referencePrice: 999m), None)).Order!;

        Assert.Equal(Money.FromDollars(399m), order.FilledAveragePrice);
        Assert.Equal(12.531328m, order.FilledQuantity);
        Assert.Equal(Money.FromDollars(105_000m), (await venue.GetAccountAsync(None))!.Cash);
        Assert.Equal(Holding("MSFT", 20m - 12.531328m, 8_000m - 5_000m), Assert.Single(await venue.ListPositionsAsync()));
    }

    [Fact]
    public async Task Negative_slippage_improves_the_price()
    {
        using var venue = await VenueAsync("""{"default": {"slippage_bps": -10}}""");

        var order = (await venue.SubmitAsync(Buy("o-1", "MSFT", 1_000m, referencePrice: 100m), None)).Order!;

        Assert.Equal(Money.FromDollars(99.9m), order.FilledAveragePrice);
    }

    [Fact]
    public async Task The_fill_price_is_rounded_to_four_decimals_and_the_quantity_truncated_to_six()
    {
        using var venue = await VenueAsync("""{"default": {"slippage_bps": 3.3}}""");

        var order = (await venue.SubmitAsync(Buy("o-1", "X", 1_000m, referencePrice: 123.45678m), None)).Order!;

        // 123.45678 × 1.00033 = 123.49752…; 1000 / 123.4975 = 8.0973299…
        Assert.Equal(Money.FromDollars(123.4975m), order.FilledAveragePrice);
        Assert.Equal(8.097329m, order.FilledQuantity);
    }

    [Fact]
    public async Task A_fill_has_an_execution_id_and_the_clocks_time()
    {
        var clock = new SimulatedClock(Start);
        using var venue = await VenueAsync(clock: clock);
        clock.Advance(TimeSpan.FromMinutes(3));

        var order = (await venue.SubmitAsync(Buy("o-1", "MSFT", 1_000m), None)).Order!;

        var fill = Assert.Single(order.Fills);
        Assert.Equal("o-1-f1", fill.ExecutionId);
        Assert.Equal(order.FilledQuantity, fill.Quantity);
        Assert.Equal(Start.AddMinutes(3), fill.At);
        Assert.Equal(Start.AddMinutes(3), order.SubmittedAt);
        Assert.Equal(Start.AddMinutes(3), order.FilledAt);
    }

    [Fact]
    public async Task A_buy_subtracts_the_filled_dollars_from_cash_and_opens_a_position()
    {
        using var venue = await VenueAsync(openingCash: 50_000m);

        await venue.SubmitAsync(Buy("o-1", "MSFT", 20_000m, referencePrice: 400m), None);

        Assert.Equal(Money.FromDollars(30_000m), (await venue.GetAccountAsync(None))!.Cash);
        var position = Assert.Single(await venue.ListPositionsAsync());
        Assert.Equal(Holding("MSFT", 50m, 20_000m), position);
    }

    [Fact]
    public async Task A_partial_fill_fills_its_share_at_once_and_cancels_the_rest()
    {
        using var venue = await VenueAsync("""{"tickers": {"AMD": {"fill_ratio": 0.85}}}""");

        var outcome = await venue.SubmitAsync(Buy("o-1", "AMD", 10_000m, referencePrice: 160m), None);

        Assert.Equal(OrderOutcomeKind.Accepted, outcome.Kind);
        Assert.Equal(OrderStatus.Canceled, outcome.Order!.Status);
        Assert.Equal(Money.FromDollars(8_500m), outcome.Order.FilledNotional);
        Assert.Equal(53.125m, outcome.Order.FilledQuantity);
        Assert.Equal(Money.FromDollars(91_500m), (await venue.GetAccountAsync(None))!.Cash);
    }

    [Fact]
    public async Task A_scripted_rejection_is_stored_and_returned_with_its_reason()
    {
        using var venue = await VenueAsync("""{"tickers": {"NVDA": {"reject": "symbol halted"}}}""");

        var outcome = await venue.SubmitAsync(Buy("o-1", "NVDA", 1_000m), None);

        Assert.Equal(OrderOutcomeKind.Rejected, outcome.Kind);
        Assert.Equal("symbol halted", outcome.Reason);
        Assert.Equal(OrderStatus.Rejected, outcome.Order!.Status);
        Assert.Equal("symbol halted", outcome.Order.RejectReason);
        Assert.Equal(OrderLookupKind.Found, (await venue.GetOrderAsync(Id("o-1"), None)).Kind);
        Assert.Equal(Money.FromDollars(100_000m), (await venue.GetAccountAsync(None))!.Cash);
    }

    [Fact]
    public async Task A_buy_above_the_venues_cash_is_rejected_for_buying_power()
    {
        using var venue = await VenueAsync(openingCash: 1_000m);

        var outcome = await venue.SubmitAsync(Buy("o-1", "MSFT", 1_000.01m), None);

        Assert.Equal(OrderOutcomeKind.Rejected, outcome.Kind);
        Assert.Equal("insufficient buying power", outcome.Reason);
        Assert.Empty(await venue.ListPositionsAsync());
    }

    [Fact]
    public async Task A_sell_needs_no_buying_power()
    {
        using var venue = await HoldingAsync(0m, ("MSFT", 60m, 100m));

        var outcome = await venue.SubmitAsync(Sell("o-1", "MSFT", 5_000m), None);

        Assert.Equal(OrderStatus.Filled, outcome.Order!.Status);
        Assert.Equal(10m, Assert.Single(await venue.ListPositionsAsync()).Quantity);
    }

    [Fact]
    public async Task A_no_fill_order_stays_open_and_can_be_canceled()
    {
        using var venue = await VenueAsync("""{"tickers": {"TSLA": {"no_fill": true}}}""");

        var outcome = await venue.SubmitAsync(Buy("o-1", "TSLA", 1_000m), None);

        Assert.Equal(OrderOutcomeKind.Accepted, outcome.Kind);
        Assert.Equal(OrderStatus.Accepted, outcome.Order!.Status);
        Assert.Equal(0m, outcome.Order.FilledQuantity);
        Assert.Empty(outcome.Order.Fills);
        Assert.Equal(OrderStatus.Accepted, (await venue.GetOrderAsync(Id("o-1"), None)).Order!.Status);
        Assert.Equal(Money.FromDollars(100_000m), (await venue.GetAccountAsync(None))!.Cash);

        var canceled = await venue.CancelAsync(Id("o-1"), None);

        Assert.Equal(OrderStatus.Canceled, canceled.Order!.Status);
        Assert.Equal(OrderStatus.Canceled, (await venue.GetOrderAsync(Id("o-1"), None)).Order!.Status);
    }

    [Fact]
    public async Task Canceling_a_filled_order_returns_it_unchanged()
    {
        using var venue = await VenueAsync();
        var filled = (await venue.SubmitAsync(Buy("o-1", "MSFT", 1_000m), None)).Order!;

        var outcome = await venue.CancelAsync(Id("o-1"), None);

        Assert.Equal(OrderOutcomeKind.Accepted, outcome.Kind);
        OrderAssert.Same(filled, outcome.Order);
    }

    [Fact]
    public async Task Canceling_an_unknown_order_is_rejected()
    {
        using var venue = await VenueAsync();

        Assert.Equal(OrderOutcomeKind.Rejected, (await venue.CancelAsync(Id("nope"), None)).Kind);
    }

    [Fact]
    public async Task An_unknown_order_is_not_found()
    {
        using var venue = await VenueAsync();

        Assert.Equal(OrderLookup.NotFound, await venue.GetOrderAsync(Id("nope"), None));
    }

    [Fact]
    public async Task A_repeated_client_order_id_returns_the_existing_order_and_creates_none()
    {
        using var venue = await VenueAsync();
        var first = await venue.SubmitAsync(Buy("o-1", "MSFT", 1_000m), None);

        var second = await venue.SubmitAsync(Buy("o-1", "MSFT", 5_000m), None);

        Assert.Equal(OrderOutcomeKind.Accepted, second.Kind);
        OrderAssert.Same(first.Order, second.Order);
        Assert.Single(await venue.ListOrdersAsync());
        Assert.Equal(Money.FromDollars(99_000m), (await venue.GetAccountAsync(None))!.Cash);
    }

    [Fact]
    public async Task A_repeated_id_of_a_rejected_order_is_rejected_again()
    {
        using var venue = await VenueAsync(openingCash: 10m);
        await venue.SubmitAsync(Buy("o-1", "MSFT", 1_000m), None);
        await venue.EnsureAccountAsync(Money.FromDollars(1_000_000m));

        var again = await venue.SubmitAsync(Buy("o-1", "MSFT", 1_000m), None);

        Assert.Equal(OrderOutcomeKind.Rejected, again.Kind);
        Assert.Equal("insufficient buying power", again.Reason);
        Assert.Single(await venue.ListOrdersAsync());
    }

    [Fact]
    public async Task Without_an_account_the_venue_rejects_orders()
    {
        using var venue = PaperVenue.OpenInMemory(Script("{}"), new SimulatedClock(Start));

        Assert.Null(await venue.GetAccountAsync(None));
        Assert.Equal(OrderOutcomeKind.Rejected, (await venue.SubmitAsync(Buy("o-1", "MSFT", 1m), None)).Kind);
    }

    [Fact]
    public async Task An_existing_account_keeps_its_cash()
    {
        using var venue = await VenueAsync(openingCash: 1_000m);
        await venue.SubmitAsync(Buy("o-1", "MSFT", 400m), None);

        var account = await venue.EnsureAccountAsync(Money.FromDollars(5_000m));

        Assert.Equal(Money.FromDollars(1_000m), account.OpeningCash);
        Assert.Equal(Money.FromDollars(600m), account.Cash);
    }

    [Fact]
    public async Task Orders_are_listed_in_submission_order()
    {
        using var venue = await VenueAsync("""{"tickers": {"B": {"no_fill": true}}}""");
        await venue.SubmitAsync(Buy("z-1", "A", 100m), None);
        await venue.SubmitAsync(Buy("a-2", "B", 100m), None);
        await venue.SubmitAsync(Sell("m-3", "A", 50m), None);

        var orders = await venue.ListOrdersAsync();

        Assert.Equal(["z-1", "a-2", "m-3"], orders.Select(o => o.ClientOrderId.Value));
        Assert.Equal(3, orders.Select(o => o.BrokerOrderId).Distinct().Count());
    }

    [Fact]
    public async Task The_venue_is_named_paper_and_reports_cash_as_buying_power()
    {
        using var venue = await VenueAsync(openingCash: 1_234.56m);

        var account = (await venue.GetAccountAsync(None))!;

        Assert.Equal("paper", venue.Name);
        Assert.Equal(Money.FromDollars(1_234.56m), account.BuyingPower);
        Assert.Null(account.Equity);
        Assert.False(account.TradingBlocked);
    }
}

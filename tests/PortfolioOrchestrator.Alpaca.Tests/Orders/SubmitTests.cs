using System.Text.Json.Nodes;
using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Testing.Alpaca;

namespace PortfolioOrchestrator.Alpaca.Tests.Orders;

public sealed class SubmitTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Submit_sends_one_day_market_order_by_notional_with_our_client_order_id()
    {
        using var alpaca = new AlpacaHarness();
        var request = AlpacaHarness.Buy("MSFT", 5000m);

        var outcome = await alpaca.Broker.SubmitAsync(request, None);

        Assert.Equal(OrderOutcomeKind.Accepted, outcome.Kind);
        var post = Assert.Single(alpaca.Server.Requests, r => r.Method == "POST");
        var body = JsonNode.Parse(post.Body!)!;
        Assert.Equal("MSFT", (string?)body["symbol"]);
        Assert.Equal("5000", (string?)body["notional"]);
        Assert.Equal("buy", (string?)body["side"]);
        Assert.Equal("market", (string?)body["type"]);
        Assert.Equal("day", (string?)body["time_in_force"]);
        Assert.Equal(request.ClientOrderId.Value, (string?)body["client_order_id"]);
        Assert.Null(body["qty"]);
    }

    [Fact]
    public async Task Resolution17_nothing_is_asked_before_the_first_send()
    {
        using var alpaca = new AlpacaHarness();

        await alpaca.Broker.SubmitAsync(AlpacaHarness.Buy("MSFT", 5000m), None);

        Assert.Equal(0, alpaca.Server.RequestCount("GET", "/v2/orders:by_client_order_id"));
        Assert.Equal(1, alpaca.Server.RequestCount("POST", "/v2/orders"));
    }

    [Fact]
    public async Task A_submitted_order_polls_from_accepted_through_partially_filled_to_filled()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.SetSymbol("MSFT", new FakeSymbolBehaviour(400m, FakeFillMode.Progressive));
        var request = AlpacaHarness.Buy("MSFT", 5000m);

        var submitted = await alpaca.Broker.SubmitAsync(request, None);
        var partly = await alpaca.Broker.GetOrderAsync(request.ClientOrderId, None);
        var filled = await alpaca.Broker.GetOrderAsync(request.ClientOrderId, None);

        Assert.Equal(OrderStatus.New, submitted.Order!.Status);
        Assert.Equal(OrderStatus.PartiallyFilled, partly.Order!.Status);
        Assert.Equal(6.25m, partly.Order.FilledQuantity);
        Assert.Equal(OrderStatus.Filled, filled.Order!.Status);
        Assert.Equal(12.5m, filled.Order.FilledQuantity);
        Assert.Equal(Money.FromDollars(400m), filled.Order.FilledAveragePrice);
        Assert.Equal(Money.FromDollars(5000m), filled.Order.FilledNotional);
        Assert.Equal(request.ClientOrderId, filled.Order.ClientOrderId);
    }

    [Fact]
    public async Task Filled_notional_is_quantity_times_average_price_rounded_to_cents()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.SetSymbol("AAPL", new FakeSymbolBehaviour(189.37m));

        var request = AlpacaHarness.Buy("AAPL", 1000m);
        await alpaca.Broker.SubmitAsync(request, None);

        var order = (await alpaca.Broker.GetOrderAsync(request.ClientOrderId, None)).Order!;
        Assert.Equal(OrderStatus.Filled, order.Status);
        Assert.Equal((order.FilledQuantity * 189.37m).RoundTo(2), order.FilledNotional.Dollars);
        Assert.Equal(order.FilledNotional, order.FilledNotional.RoundToCents());
    }

    [Fact]
    public async Task A_refusal_comes_back_Rejected_with_Alpacas_own_message()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.Cash = 1000m;

        var outcome = await alpaca.Broker.SubmitAsync(AlpacaHarness.Buy("NVDA", 5000m), None);

        Assert.Equal(OrderOutcomeKind.Rejected, outcome.Kind);
        Assert.Equal("insufficient buying power", outcome.Reason);
        Assert.Empty(alpaca.Server.Orders);
    }

    [Fact]
    public async Task A_symbol_alpaca_will_not_trade_is_Rejected_with_its_message()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.SetSymbol("XYZ", new FakeSymbolBehaviour(10m, FakeFillMode.Reject) { RejectMessage = "asset XYZ is not tradable" });

        var outcome = await alpaca.Broker.SubmitAsync(AlpacaHarness.Buy("XYZ", 500m), None);

        Assert.Equal(OrderOutcomeKind.Rejected, outcome.Kind);
        Assert.Equal("asset XYZ is not tradable", outcome.Reason);
    }

    [Fact]
    public async Task An_order_accepted_then_rejected_comes_back_Rejected_with_the_order()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.SetSymbol("XYZ", new FakeSymbolBehaviour(10m, FakeFillMode.RejectAfterAccept));

        var outcome = await alpaca.Broker.SubmitAsync(AlpacaHarness.Buy("XYZ", 500m), None);

        Assert.Equal(OrderOutcomeKind.Rejected, outcome.Kind);
        Assert.Equal(OrderStatus.Rejected, outcome.Order!.Status);
    }

    [Fact]
    public async Task A_partial_fill_is_reported_as_partially_filled_and_stays_open_until_canceled()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.SetSymbol("AMD", new FakeSymbolBehaviour(100m) { FillRatio = 0.85m });
        var request = AlpacaHarness.Buy("AMD", 1000m);

        await alpaca.Broker.SubmitAsync(request, None);
        var first = (await alpaca.Broker.GetOrderAsync(request.ClientOrderId, None)).Order!;
        var later = (await alpaca.Broker.GetOrderAsync(request.ClientOrderId, None)).Order!;

        Assert.Equal(OrderStatus.PartiallyFilled, first.Status);
        Assert.Equal(8.5m, first.FilledQuantity);
        Assert.Equal(Money.FromDollars(850m), first.FilledNotional);
        Assert.Equal((OrderStatus.PartiallyFilled, 8.5m), (later.Status, later.FilledQuantity));
    }

    [Fact]
    public async Task A_partial_fill_whose_rest_is_canceled_ends_canceled_with_what_filled()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.SetSymbol("AMD", new FakeSymbolBehaviour(100m, FakeFillMode.Progressive) { FillRatio = 0.8m });
        var request = AlpacaHarness.Buy("AMD", 1000m);

        await alpaca.Broker.SubmitAsync(request, None);
        await alpaca.Broker.GetOrderAsync(request.ClientOrderId, None);
        var partly = await alpaca.Broker.GetOrderAsync(request.ClientOrderId, None);
        var done = await alpaca.Broker.CancelAsync(request.ClientOrderId, None);

        Assert.Equal((OrderStatus.PartiallyFilled, 8m), (partly.Order!.Status, partly.Order.FilledQuantity));
        Assert.Equal(OrderStatus.Canceled, done.Order!.Status);
        Assert.Equal(8m, done.Order.FilledQuantity);
    }

    [Fact]
    public async Task A_sell_by_notional_is_sent_as_a_sell()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.SetPosition("JNJ", 100m);

        var request = AlpacaHarness.Sell("JNJ", 1000m);
        var outcome = await alpaca.Broker.SubmitAsync(request, None);
        var read = await alpaca.Broker.GetOrderAsync(request.ClientOrderId, None);

        Assert.Equal(OrderSide.Sell, outcome.Order!.Side);
        Assert.Equal(OrderStatus.Filled, read.Order!.Status);
        Assert.Equal(90m, alpaca.Server.PositionOf("JNJ"));
    }

    [Fact]
    public async Task An_order_below_one_dollar_is_denied_and_not_sent()
    {
        using var alpaca = new AlpacaHarness();

        var outcome = await alpaca.Broker.SubmitAsync(AlpacaHarness.Buy("MSFT", 0.5m), None);

        Assert.Equal(OrderOutcomeKind.Denied, outcome.Kind);
        Assert.Empty(alpaca.Server.Requests);
    }

    [Fact]
    public async Task An_unknown_id_is_not_found()
    {
        using var alpaca = new AlpacaHarness();

        var lookup = await alpaca.Broker.GetOrderAsync(ClientOrderId.Create("po-unknown-a1"), None);

        Assert.Equal(OrderLookupKind.NotFound, lookup.Kind);
    }

    [Fact]
    public async Task Cancel_stops_an_open_order()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.SetSymbol("TSLA", new FakeSymbolBehaviour(250m, FakeFillMode.Never));
        var request = AlpacaHarness.Buy("TSLA", 1000m);
        await alpaca.Broker.SubmitAsync(request, None);

        var outcome = await alpaca.Broker.CancelAsync(request.ClientOrderId, None);

        Assert.Equal(OrderOutcomeKind.Accepted, outcome.Kind);
        Assert.Equal(OrderStatus.Canceled, outcome.Order!.Status);
    }

    [Fact]
    public async Task Cancel_of_a_filled_order_returns_it_as_filled()
    {
        using var alpaca = new AlpacaHarness();
        var request = AlpacaHarness.Buy("MSFT", 1000m);
        await alpaca.Broker.SubmitAsync(request, None);

        var outcome = await alpaca.Broker.CancelAsync(request.ClientOrderId, None);

        Assert.Equal(OrderStatus.Filled, outcome.Order!.Status);
        Assert.Equal(0, alpaca.Server.RequestCount("DELETE", "/v2/orders/" + outcome.Order.BrokerOrderId));
    }

    [Fact]
    public async Task Account_reports_cash_equity_buying_power_and_blocks()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.Cash = 45000m;
        alpaca.Server.SetPosition("AAPL", 10m);
        alpaca.Server.TradingBlocked = true;

        var account = await alpaca.Broker.GetAccountAsync(None);

        Assert.NotNull(account);
        Assert.Equal(Money.FromDollars(45000m), account.Cash);
        Assert.Equal(Money.FromDollars(46000m), account.Equity);
        Assert.Equal(Money.FromDollars(45000m), account.BuyingPower);
        Assert.True(account.TradingBlocked);
    }

    [Fact]
    public async Task Account_is_unknown_when_alpaca_cannot_be_asked()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.FailNext(100, 503);

        Assert.Null(await alpaca.Broker.GetAccountAsync(None));
    }
}

internal static class DecimalRounding
{
    public static decimal RoundTo(this decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);
}

using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.QualityAssurance;
using PortfolioOrchestrator.Testing.Alpaca;

namespace PortfolioOrchestrator.Alpaca.Tests.Fake;

/// <summary>The fake answers, by default, the way Alpaca's documentation says Alpaca answers.</summary>
public sealed class FakeAlpacaAnswersAsDocumentedTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task A_market_order_is_accepted_at_submission_and_filled_on_a_later_read()
    {
        using var alpaca = new AlpacaHarness();
        using var raw = new RawAlpaca(alpaca.Server);

        var (status, body, _) = await raw.PostAsync("v2/orders", new { symbol = "MSFT", notional = "1000", side = "buy", type = "market", time_in_force = "day", client_order_id = "po-a" });
        var (_, read, _) = await raw.GetAsync("v2/orders:by_client_order_id?client_order_id=po-a");

        Assert.Equal(200, status);
        Assert.Equal("accepted", (string?)body!["status"]);
        Assert.Equal("0", (string?)body["filled_qty"]);
        Assert.Equal("filled", (string?)read!["status"]);
        Assert.Equal("10", (string?)read["filled_qty"]);
    }

    [Fact]
    public async Task A_partial_fill_stays_open_until_it_is_canceled()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.SetSymbol("AMD", new FakeSymbolBehaviour(100m) { FillRatio = 0.5m });
        using var raw = new RawAlpaca(alpaca.Server);
        await raw.PostAsync("v2/orders", new { symbol = "AMD", notional = "1000", side = "buy", type = "market", time_in_force = "day", client_order_id = "po-a" });

        var reads = new List<string?>();
        for (var i = 0; i < 3; i++)
        {
            reads.Add((string?)(await raw.GetAsync("v2/orders:by_client_order_id?client_order_id=po-a")).Body!["status"]);
        }

        Assert.Equal(["partially_filled", "partially_filled", "partially_filled"], reads);
        Assert.Equal(5m, alpaca.Server.PositionOf("AMD"));
    }

    [Fact]
    public async Task A_cancel_is_answered_at_once_and_the_order_is_pending_cancel_before_it_is_canceled()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.SetSymbol("TSLA", new FakeSymbolBehaviour(250m, FakeFillMode.Never));
        using var raw = new RawAlpaca(alpaca.Server);
        var (_, order, _) = await raw.PostAsync("v2/orders", new { symbol = "TSLA", notional = "1000", side = "buy", type = "market", time_in_force = "day", client_order_id = "po-a" });

        var (deleteStatus, deleteBody, _) = await raw.DeleteAsync("v2/orders/" + (string?)order!["id"]);
        var first = (string?)(await raw.GetAsync("v2/orders/" + (string?)order["id"])).Body!["status"];
        var second = (string?)(await raw.GetAsync("v2/orders/" + (string?)order["id"])).Body!["status"];

        Assert.Equal((204, (object?)null), (deleteStatus, (object?)deleteBody));
        Assert.Equal(("pending_cancel", "canceled"), (first, second));
    }

    [Fact]
    public async Task A_fill_can_arrive_while_a_cancel_is_pending()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.SetSymbol("TSLA", new FakeSymbolBehaviour(250m, FakeFillMode.Never) { FillsWhileCanceling = true });
        var request = AlpacaHarness.Buy("TSLA", 1000m);
        await alpaca.Broker.SubmitAsync(request, None);

        var outcome = await alpaca.Broker.CancelAsync(request.ClientOrderId, None);

        Assert.Equal((OrderStatus.Filled, 4m), (outcome.Order!.Status, outcome.Order.FilledQuantity));
    }

    [Fact]
    public async Task The_stop_leg_of_an_OCO_is_held_while_its_take_profit_works()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.SetPosition("MSFT", 10m);
        using var raw = new RawAlpaca(alpaca.Server);

        var (_, body, _) = await raw.PostAsync("v2/orders", new
        {
            symbol = "MSFT", qty = "10", side = "sell", type = "limit", time_in_force = "gtc", order_class = "oco",
            take_profit = new { limit_price = "450" }, stop_loss = new { stop_price = "380" }, client_order_id = "po-oco",
        });

        Assert.Equal("new", (string?)body!["status"]);
        Assert.Equal("held", (string?)body["legs"]![0]!["status"]);
    }

    [Fact]
    public async Task The_exit_legs_of_a_bracket_are_held_until_its_entry_fills()
    {
        using var alpaca = new AlpacaHarness();
        using var raw = new RawAlpaca(alpaca.Server);

        var (status, body, _) = await raw.PostAsync("v2/orders", new
        {
            symbol = "MSFT", qty = "10", side = "buy", type = "market", time_in_force = "gtc", order_class = "bracket",
            take_profit = new { limit_price = "120" }, stop_loss = new { stop_price = "90" }, client_order_id = "po-bracket",
        });
        var (_, filled, _) = await raw.GetAsync("v2/orders:by_client_order_id?client_order_id=po-bracket");

        Assert.Equal(200, status);
        Assert.Equal(["held", "held"], body!["legs"]!.AsArray().Select(l => (string?)l!["status"]));
        Assert.Equal("filled", (string?)filled!["status"]);
        Assert.Equal(["new", "held"], filled["legs"]!.AsArray().Select(l => (string?)l!["status"]));
    }

    [Fact]
    public async Task A_buy_while_our_own_sell_limit_is_open_is_refused_as_a_potential_wash_trade()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.SetPosition("MSFT", 10m);
        var entry = ClientOrderId.ForEntry("QA-1", TradeId.Create("T-001"), 1);
        await alpaca.Broker.ProtectAsync(new ProtectionRequest(entry, Ticker.Create("MSFT"), AccountId.Create("TAXABLE-1"), 10m, new StopLossSpec(Money.FromDollars(80m)), [new ProfitTargetSpec(Money.FromDollars(120m), 100m)]), None);
        using var raw = new RawAlpaca(alpaca.Server);

        var (status, body, _) = await raw.PostAsync("v2/orders", new { symbol = "MSFT", notional = "500", side = "buy", type = "market", time_in_force = "day", client_order_id = "po-buy" });
        var outcome = await alpaca.Broker.SubmitAsync(AlpacaHarness.Buy("MSFT", 500m, "T-009"), None);

        Assert.Equal(403, status);
        Assert.Equal(40310000, (long?)body!["code"]);
        Assert.Equal("potential wash trade detected. use complex orders", (string?)body["message"]);
        Assert.Equal((OrderOutcomeKind.Rejected, "potential wash trade detected. use complex orders"), (outcome.Kind, outcome.Reason));
    }

    [Fact]
    public async Task A_buy_beside_our_own_lone_stop_is_accepted_because_a_stop_does_not_rest_at_the_exchange()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.SetPosition("MSFT", 10m);
        using var raw = new RawAlpaca(alpaca.Server);
        await raw.PostAsync("v2/orders", new { symbol = "MSFT", qty = "10", side = "sell", type = "stop", time_in_force = "gtc", stop_price = "80", client_order_id = "po-sl" });

        var (status, _, _) = await raw.PostAsync("v2/orders", new { symbol = "MSFT", notional = "500", side = "buy", type = "market", time_in_force = "day", client_order_id = "po-buy" });

        Assert.Equal(200, status);
    }

    [Fact]
    public async Task A_sell_of_shares_held_for_our_open_orders_is_refused_with_insufficient_qty()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.SetPosition("JNJ", 10m);
        using var raw = new RawAlpaca(alpaca.Server);
        await raw.PostAsync("v2/orders", new { symbol = "JNJ", qty = "10", side = "sell", type = "stop", time_in_force = "gtc", stop_price = "80", client_order_id = "po-sl" });

        var (status, body, _) = await raw.PostAsync("v2/orders", new { symbol = "JNJ", qty = "5", side = "sell", type = "market", time_in_force = "day", client_order_id = "po-sell" });

        Assert.Equal(403, status);
        Assert.Equal(40310000, (long?)body!["code"]);
        Assert.Equal("insufficient qty available for order (requested: 5, available: 0)", (string?)body["message"]);
        Assert.Equal(("0", "10"), ((string?)body["available"], (string?)body["held_for_orders"]));
    }

    [Theory]
    [InlineData("290.123", 422)]
    [InlineData("290.12", 200)]
    [InlineData("0.12345", 422)]
    [InlineData("0.1234", 200)]
    public async Task A_price_with_more_decimals_than_cents_at_a_dollar_or_four_below_is_refused_as_sub_penny(string price, int expected)
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.SetPosition("XYZ", 10m);
        using var raw = new RawAlpaca(alpaca.Server);

        var (status, body, _) = await raw.PostAsync("v2/orders", new { symbol = "XYZ", qty = "10", side = "sell", type = "limit", time_in_force = "gtc", limit_price = price, client_order_id = "po-tp" });

        Assert.Equal(expected, status);
        if (expected == 422)
        {
            Assert.Equal(42210000, (long?)body!["code"]);
            Assert.Equal($"invalid limit_price {price}. sub-penny increment does not fulfill minimum pricing criteria", (string?)body["message"]);
        }
    }

    [Fact]
    public async Task An_asset_marked_not_fractionable_says_so_and_refuses_an_order_by_notional()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.SetSymbol("BRK.A", new FakeSymbolBehaviour(600m) { Fractionable = false });
        using var raw = new RawAlpaca(alpaca.Server);

        var (_, asset, _) = await raw.GetAsync("v2/assets/BRK.A");
        var (status, body, _) = await raw.PostAsync("v2/orders", new { symbol = "BRK.A", notional = "1000", side = "buy", type = "market", time_in_force = "day", client_order_id = "po-a" });
        var (wholeStatus, _, _) = await raw.PostAsync("v2/orders", new { symbol = "BRK.A", qty = "1", side = "buy", type = "market", time_in_force = "day", client_order_id = "po-b" });

        Assert.False((bool)asset!["fractionable"]!);
        Assert.Equal(422, status);
        Assert.Equal("asset \"BRK.A\" is not fractionable", (string?)body!["message"]);
        Assert.Equal(200, wholeStatus);
    }

    [Fact]
    public async Task A_GTC_order_carries_expires_at_ninety_days_on_at_a_quarter_past_four_in_New_York()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.SetPosition("MSFT", 10m);
        using var raw = new RawAlpaca(alpaca.Server);

        var (_, body, _) = await raw.PostAsync("v2/orders", new { symbol = "MSFT", qty = "10", side = "sell", type = "stop", time_in_force = "gtc", stop_price = "80", client_order_id = "po-sl" });

        var created = DateTimeOffset.Parse((string)body!["created_at"]!, System.Globalization.CultureInfo.InvariantCulture);
        var expires = DateTimeOffset.Parse((string)body["expires_at"]!, System.Globalization.CultureInfo.InvariantCulture);
        var newYork = TimeZoneInfo.ConvertTime(expires, TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));
        Assert.Equal(new TimeSpan(16, 15, 0), newYork.TimeOfDay);
        Assert.Equal(90, (DateOnly.FromDateTime(newYork.Date).DayNumber - DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(created, TimeZoneInfo.FindSystemTimeZoneById("America/New_York")).Date).DayNumber));
    }

    [Fact]
    public async Task A_key_past_its_requests_a_minute_is_answered_429_with_the_rate_limit_headers()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.RateLimitPerMinute = 2;
        using var raw = new RawAlpaca(alpaca.Server);

        await raw.GetAsync("v2/account");
        var (_, _, second) = await raw.GetAsync("v2/account");
        var (status, _, third) = await raw.GetAsync("v2/account");

        Assert.Equal("0", second.Headers.GetValues("X-Ratelimit-Remaining").Single());
        Assert.Equal(429, status);
        Assert.Equal("2", third.Headers.GetValues("X-Ratelimit-Limit").Single());
        Assert.True(long.Parse(third.Headers.GetValues("X-Ratelimit-Reset").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public async Task An_injected_429_carries_Retry_After()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.FailNext(1, 429, "GET", "/v2/account", TimeSpan.FromSeconds(7));
        using var raw = new RawAlpaca(alpaca.Server);

        var (status, _, response) = await raw.GetAsync("v2/account");

        Assert.Equal(429, status);
        Assert.Equal(TimeSpan.FromSeconds(7), response.Headers.RetryAfter!.Delta);
    }

    [Fact]
    public async Task A_replaced_order_says_replaced_and_names_its_replacement()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.SetPosition("MSFT", 10m);
        using var raw = new RawAlpaca(alpaca.Server);
        await raw.PostAsync("v2/orders", new { symbol = "MSFT", qty = "10", side = "sell", type = "stop", time_in_force = "gtc", stop_price = "80", client_order_id = "po-sl" });

        var replacement = alpaca.Server.ReplaceOrder("po-sl", stopPrice: 85m)!;
        var (_, old, _) = await raw.GetAsync("v2/orders:by_client_order_id?client_order_id=po-sl");

        Assert.Equal("replaced", (string?)old!["status"]);
        Assert.Equal(replacement.Id, (string?)old["replaced_by"]);
        Assert.Equal(85m, replacement.StopPrice);
    }
}

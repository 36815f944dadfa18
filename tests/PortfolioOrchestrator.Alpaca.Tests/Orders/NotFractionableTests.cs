using System.Text.Json.Nodes;
using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Testing.Alpaca;

namespace PortfolioOrchestrator.Alpaca.Tests.Orders;

/// <summary>CONTRACT §9: an asset Alpaca marks <c>fractionable: false</c> is traded in whole shares, over real HTTP against the fake.</summary>
public sealed class NotFractionableTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Section9_a_not_fractionable_buy_goes_out_as_a_whole_share_market_order_and_the_rest_is_said()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.SetSymbol("BRKB", new FakeSymbolBehaviour(150m) { Fractionable = false });

        var outcome = await alpaca.Broker.SubmitAsync(AlpacaHarness.Buy("BRKB", 1000m, referencePrice: 150m), None);

        Assert.Equal(OrderOutcomeKind.Accepted, outcome.Kind);
        var body = JsonNode.Parse(Assert.Single(alpaca.Server.Requests, r => r.Method == "POST").Body!)!;
        Assert.Equal("6", (string?)body["qty"]);
        Assert.Null(body["notional"]);
        Assert.Equal("market", (string?)body["type"]);
        Assert.Equal("day", (string?)body["time_in_force"]);
        Assert.Equal(6m, outcome.Order!.Quantity);
        Assert.Contains("6 whole shares", outcome.Note, StringComparison.Ordinal);
        Assert.Contains("$100.00, is unspent", outcome.Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Section9_a_not_fractionable_sell_goes_out_in_whole_shares_too()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.SetSymbol("BRKB", new FakeSymbolBehaviour(150m) { Fractionable = false });
        alpaca.Server.SetPosition("BRKB", 20m);

        var outcome = await alpaca.Broker.SubmitAsync(AlpacaHarness.Sell("BRKB", 1000m) with { ReferencePrice = Domain.Primitives.Money.FromDollars(150m) }, None);

        Assert.Equal(OrderOutcomeKind.Accepted, outcome.Kind);
        Assert.Equal(6m, outcome.Order!.Quantity);
        Assert.Equal(OrderSide.Sell, outcome.Order.Side);
    }

    [Fact]
    public async Task Section9_a_notional_below_one_whole_share_is_not_sent_and_says_why()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.SetSymbol("BRKB", new FakeSymbolBehaviour(150m) { Fractionable = false });

        var outcome = await alpaca.Broker.SubmitAsync(AlpacaHarness.Buy("BRKB", 100m, referencePrice: 150m), None);

        Assert.Equal(OrderOutcomeKind.Denied, outcome.Kind);
        Assert.Contains("not fractionable", outcome.Reason, StringComparison.Ordinal);
        Assert.Contains("one whole share", outcome.Reason, StringComparison.Ordinal);
        Assert.Equal(0, alpaca.Server.RequestCount("POST", "/v2/orders"));
    }

    [Fact]
    public async Task Section9_the_asset_is_asked_once_per_run_and_fractionable_assets_still_go_by_notional()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.SetSymbol("BRKB", new FakeSymbolBehaviour(150m) { Fractionable = false });

        await alpaca.Broker.SubmitAsync(AlpacaHarness.Buy("BRKB", 1000m, "T-001", 150m), None);
        await alpaca.Broker.SubmitAsync(AlpacaHarness.Buy("BRKB", 2000m, "T-002", 150m), None);
        var fractional = await alpaca.Broker.SubmitAsync(AlpacaHarness.Buy("MSFT", 500m, "T-003"), None);

        Assert.Equal(1, alpaca.Server.RequestCount("GET", "/v2/assets/BRKB"));
        Assert.Null(fractional.Note);
        var msft = JsonNode.Parse(alpaca.Server.Requests.Last(r => r.Method == "POST").Body!)!;
        Assert.Equal("500", (string?)msft["notional"]);
    }

    [Fact]
    public async Task Section9_an_unreadable_asset_answer_sends_by_notional_and_alpacas_own_answer_is_the_outcome()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.FailNext(10, 500, "GET", "/v2/assets/MSFT");

        var outcome = await alpaca.Broker.SubmitAsync(AlpacaHarness.Buy("MSFT", 500m), None);

        Assert.Equal(OrderOutcomeKind.Accepted, outcome.Kind);
        Assert.Equal(1, alpaca.Server.RequestCount("POST", "/v2/orders"));
    }
}

using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Testing.Alpaca;

namespace PortfolioOrchestrator.Alpaca.Tests.Orders;

/// <summary>CONTRACT §9: <c>replaced</c> is followed through <c>replaced_by</c>, over real HTTP against the fake.</summary>
public sealed class ReplacedByTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Section9_a_replaced_order_is_read_as_the_order_that_replaced_it()
    {
        using var alpaca = new AlpacaHarness();
        var (request, replacement) = await SubmittedAndReplacedAsync(alpaca);

        var lookup = await alpaca.Broker.GetOrderAsync(request.ClientOrderId, None);

        Assert.Equal(OrderLookupKind.Found, lookup.Kind);
        Assert.Equal(request.ClientOrderId, lookup.Order!.ClientOrderId);
        Assert.Equal(replacement.Id, lookup.Order.BrokerOrderId);
        Assert.Equal(OrderStatus.Accepted, lookup.Order.Status);
        Assert.Equal(10m, lookup.Order.Quantity);
        Assert.Equal(1, alpaca.Server.RequestCount("GET", "/v2/orders/" + replacement.Id));
    }

    [Fact]
    public async Task Section9_a_chain_of_replacements_is_followed_to_its_end_and_its_outcome_is_final_only_when_the_last_is()
    {
        using var alpaca = new AlpacaHarness();
        var (request, first) = await SubmittedAndReplacedAsync(alpaca);
        var second = alpaca.Server.ReplaceOrder(first.ClientOrderId, qty: 8m)!;
        alpaca.Server.SetOrderStatus(second.ClientOrderId, "expired");

        var lookup = await alpaca.Broker.GetOrderAsync(request.ClientOrderId, None);

        Assert.Equal(second.Id, lookup.Order!.BrokerOrderId);
        Assert.Equal(OrderStatus.Expired, lookup.Order.Status);
        Assert.Equal(8m, lookup.Order.Quantity);
    }

    [Fact]
    public async Task Section9_a_cancel_of_a_replaced_order_deletes_the_order_that_replaced_it()
    {
        using var alpaca = new AlpacaHarness();
        var (request, replacement) = await SubmittedAndReplacedAsync(alpaca);

        var outcome = await alpaca.Broker.CancelAsync(request.ClientOrderId, None);

        Assert.Equal(OrderOutcomeKind.Accepted, outcome.Kind);
        Assert.Equal(OrderStatus.Canceled, outcome.Order!.Status);
        Assert.Equal(1, alpaca.Server.RequestCount("DELETE", "/v2/orders/" + replacement.Id));
        Assert.Equal("canceled", alpaca.Server.Orders.Single(o => o.Id == replacement.Id).Status);
    }

    [Fact]
    public async Task Section9_a_replacement_that_cannot_be_read_leaves_the_lookup_unresolved_never_final()
    {
        using var alpaca = new AlpacaHarness();
        var (request, replacement) = await SubmittedAndReplacedAsync(alpaca);
        alpaca.Server.FailNext(10, 500, "GET", "/v2/orders/" + replacement.Id);

        var lookup = await alpaca.Broker.GetOrderAsync(request.ClientOrderId, None);

        Assert.Equal(OrderLookupKind.Unresolved, lookup.Kind);
        Assert.Contains(replacement.Id, lookup.Reason, StringComparison.Ordinal);
    }

    /// <summary>An entry that never fills, replaced at Alpaca by one for 10 shares.</summary>
    private static async Task<(OrderRequest Request, FakeAlpacaOrder Replacement)> SubmittedAndReplacedAsync(AlpacaHarness alpaca)
    {
        alpaca.Server.SetSymbol("MSFT", new FakeSymbolBehaviour(400m, FakeFillMode.Never));
        var request = AlpacaHarness.Buy("MSFT", 5000m);
        await alpaca.Broker.SubmitAsync(request, None);
        return (request, alpaca.Server.ReplaceOrder(request.ClientOrderId.Value, qty: 10m)!);
    }
}

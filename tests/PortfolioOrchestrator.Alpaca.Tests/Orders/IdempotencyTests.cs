using PortfolioOrchestrator.Domain.Broker;

namespace PortfolioOrchestrator.Alpaca.Tests.Orders;

public sealed class IdempotencyTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task A_second_submit_of_the_same_id_returns_the_existing_order_without_sending()
    {
        using var alpaca = new AlpacaHarness();
        var request = AlpacaHarness.Buy("MSFT", 5000m);

        var first = await alpaca.Broker.SubmitAsync(request, None);
        var second = await alpaca.Broker.SubmitAsync(request, None);

        Assert.Equal(first.Order!.BrokerOrderId, second.Order!.BrokerOrderId);
        Assert.Equal(1, alpaca.Server.RequestCount("POST", "/v2/orders"));
        Assert.Single(alpaca.Server.Orders, o => o.ClientOrderId == request.ClientOrderId.Value);
    }

    [Fact]
    public async Task A_duplicate_id_refusal_returns_the_existing_order()
    {
        using var alpaca = new AlpacaHarness();
        var request = AlpacaHarness.Buy("MSFT", 5000m);
        var first = await alpaca.Broker.SubmitAsync(request, None);

        // The first lookup misses (a replica behind), so the order is sent again and Alpaca answers 422.
        alpaca.Server.FailNext(1, 404, "GET", "/v2/orders:by_client_order_id");
        var second = await alpaca.Broker.SubmitAsync(request, None);

        Assert.Equal(OrderOutcomeKind.Accepted, second.Kind);
        Assert.Equal(first.Order!.BrokerOrderId, second.Order!.BrokerOrderId);
        Assert.Equal(2, alpaca.Server.RequestCount("POST", "/v2/orders"));
        Assert.Single(alpaca.Server.Orders, o => o.ClientOrderId == request.ClientOrderId.Value);
    }

    [Fact]
    public async Task A_connection_dropped_after_acceptance_is_unresolved_and_the_lookup_finds_the_one_order()
    {
        using var alpaca = new AlpacaHarness();
        var request = AlpacaHarness.Buy("MSFT", 5000m);
        alpaca.Server.DropNextOrderResponses();

        var outcome = await alpaca.Broker.SubmitAsync(request, None);
        var lookup = await alpaca.Broker.GetOrderAsync(request.ClientOrderId, None);
        var again = await alpaca.Broker.SubmitAsync(request, None);

        Assert.Equal(OrderOutcomeKind.Unresolved, outcome.Kind);
        Assert.Contains("look it up", outcome.Reason);
        Assert.Equal(OrderLookupKind.Found, lookup.Kind);
        Assert.Equal(OrderStatus.Filled, lookup.Order!.Status);
        Assert.Equal(lookup.Order.BrokerOrderId, again.Order!.BrokerOrderId);
        Assert.Equal(1, alpaca.Server.RequestCount("POST", "/v2/orders"));
        Assert.Single(alpaca.Server.Orders);
    }

    [Fact]
    public async Task A_server_error_on_submit_is_unresolved_and_not_resent()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.FailNext(1, 500, "POST", "/v2/orders");

        var outcome = await alpaca.Broker.SubmitAsync(AlpacaHarness.Buy("MSFT", 5000m), None);

        Assert.Equal(OrderOutcomeKind.Unresolved, outcome.Kind);
        Assert.Equal(1, alpaca.Server.RequestCount("POST", "/v2/orders"));
        Assert.Empty(alpaca.Server.Orders);
    }

    [Fact]
    public async Task A_rate_limited_submit_is_unresolved_and_not_resent()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.FailNext(1, 429, "POST", "/v2/orders", TimeSpan.FromSeconds(1));

        var outcome = await alpaca.Broker.SubmitAsync(AlpacaHarness.Buy("MSFT", 5000m), None);

        Assert.Equal(OrderOutcomeKind.Unresolved, outcome.Kind);
        Assert.Equal(1, alpaca.Server.RequestCount("POST", "/v2/orders"));
    }

    [Fact]
    public async Task A_submit_that_times_out_is_unresolved_and_not_resent()
    {
        using var alpaca = new AlpacaHarness(requestTimeout: TimeSpan.FromMilliseconds(300));
        var request = AlpacaHarness.Buy("MSFT", 5000m);
        OrderOutcome outcome;
        using (alpaca.Server.Hold("POST", "/v2/orders"))
        {
            outcome = await alpaca.Broker.SubmitAsync(request, None);
        }

        Assert.Equal(OrderOutcomeKind.Unresolved, outcome.Kind);
        Assert.Contains("did not answer", outcome.Reason);
        Assert.Equal(1, alpaca.Server.RequestCount("POST", "/v2/orders"));
    }

    [Fact]
    public async Task Nothing_is_sent_when_the_lookup_before_submitting_cannot_be_answered()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.FailNext(100, 500, "GET", "/v2/orders:by_client_order_id");

        var outcome = await alpaca.Broker.SubmitAsync(AlpacaHarness.Buy("MSFT", 5000m), None);

        Assert.Equal(OrderOutcomeKind.Unresolved, outcome.Kind);
        Assert.Contains("nothing was sent", outcome.Reason);
        Assert.Equal(0, alpaca.Server.RequestCount("POST", "/v2/orders"));
    }
}

using PortfolioOrchestrator.Domain.Broker;

namespace PortfolioOrchestrator.Alpaca.Tests.Orders;

public sealed class RetryTests
{
    private const string ByClientId = "/v2/orders:by_client_order_id";
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task A_rate_limited_lookup_is_retried_after_the_wait_alpaca_asks_for()
    {
        using var alpaca = new AlpacaHarness();
        var request = AlpacaHarness.Buy("MSFT", 5000m);
        await alpaca.Broker.SubmitAsync(request, None);
        alpaca.Server.FailNext(2, 429, "GET", ByClientId, TimeSpan.FromSeconds(3));

        var lookup = await alpaca.Broker.GetOrderAsync(request.ClientOrderId, None);

        Assert.Equal(OrderLookupKind.Found, lookup.Kind);
        Assert.Equal(3, alpaca.Server.RequestCount("GET", ByClientId));
        Assert.Equal([TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(3)], alpaca.Time.Delays);
    }

    [Theory]
    [InlineData(20, 20)]
    [InlineData(600, 60)]
    public async Task A_long_rate_limit_wait_is_honoured_up_to_a_minute(int askedSeconds, int waitedSeconds)
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.FailNext(1, 429, "GET", "/v2/account", TimeSpan.FromSeconds(askedSeconds));

        var account = await alpaca.Broker.GetAccountAsync(None);

        Assert.NotNull(account);
        Assert.Equal([TimeSpan.FromSeconds(waitedSeconds)], alpaca.Time.Delays);
    }

    [Fact]
    public async Task A_lookup_that_meets_server_errors_is_retried_with_growing_delays()
    {
        using var alpaca = new AlpacaHarness();
        var request = AlpacaHarness.Buy("MSFT", 5000m);
        await alpaca.Broker.SubmitAsync(request, None);
        alpaca.Server.FailNext(3, 502, "GET", ByClientId);

        var lookup = await alpaca.Broker.GetOrderAsync(request.ClientOrderId, None);

        Assert.Equal(OrderLookupKind.Found, lookup.Kind);
        Assert.Equal(3, alpaca.Time.Delays.Count);
        Assert.All(alpaca.Time.Delays, delay => Assert.True(delay > TimeSpan.Zero && delay <= TimeSpan.FromSeconds(8)));
    }

    [Fact]
    public async Task A_lookup_gives_up_after_a_bounded_number_of_attempts_as_unresolved()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.FailNext(100, 503, "GET", ByClientId);

        var lookup = await alpaca.Broker.GetOrderAsync(Domain.Primitives.ClientOrderId.Create("po-x-a1"), None);

        Assert.Equal(OrderLookupKind.Unresolved, lookup.Kind);
        Assert.Contains("5 attempts", lookup.Reason);
        Assert.Equal(5, alpaca.Server.RequestCount("GET", ByClientId));
    }

    [Fact]
    public async Task A_lookup_that_times_out_is_retried()
    {
        using var alpaca = new AlpacaHarness(requestTimeout: TimeSpan.FromMilliseconds(200));
        var request = AlpacaHarness.Buy("MSFT", 5000m);
        await alpaca.Broker.SubmitAsync(request, None);

        OrderLookup lookup;
        using (var hold = alpaca.Server.Hold("GET", ByClientId))
        {
            var pending = alpaca.Broker.GetOrderAsync(request.ClientOrderId, None);
            while (alpaca.Server.RequestCount("GET", ByClientId) < 3)
            {
                await Task.Delay(10);
            }

            hold.Dispose();
            lookup = await pending;
        }

        Assert.Equal(OrderLookupKind.Found, lookup.Kind);
    }

    [Fact]
    public async Task Refused_credentials_are_not_retried()
    {
        using var alpaca = new AlpacaHarness(secret: "not-the-secret");

        var lookup = await alpaca.Broker.GetOrderAsync(Domain.Primitives.ClientOrderId.Create("po-x-a1"), None);
        var submit = await alpaca.Broker.SubmitAsync(AlpacaHarness.Buy("MSFT", 100m), None);

        Assert.Equal(OrderLookupKind.Unresolved, lookup.Kind);
        Assert.Contains("not authorized", lookup.Reason);
        Assert.Equal(OrderOutcomeKind.Unresolved, submit.Kind);
        Assert.Contains("not authorized", submit.Reason);
        Assert.Equal(1, alpaca.Server.RequestCount("GET", ByClientId));
        Assert.Equal(1, alpaca.Server.RequestCount("POST", "/v2/orders"));
        Assert.Empty(alpaca.Server.Orders);
    }
}

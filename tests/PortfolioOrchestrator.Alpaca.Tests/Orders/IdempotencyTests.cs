using PortfolioOrchestrator.Domain.Broker;

namespace PortfolioOrchestrator.Alpaca.Tests.Orders;

/// <summary>CONTRACT Resolution 17 at Alpaca: an order goes out only under its own id, as often as its answer is lost.</summary>
public sealed class IdempotencyTests
{
    private const string ByClientId = "/v2/orders:by_client_order_id";
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Resolution17_an_id_already_in_use_is_never_a_rejection_the_existing_order_is_looked_up_and_taken_as_the_outcome()
    {
        using var alpaca = new AlpacaHarness();
        var request = AlpacaHarness.Buy("MSFT", 5000m);

        var first = await alpaca.Broker.SubmitAsync(request, None);
        var second = await alpaca.Broker.SubmitAsync(request, None);

        Assert.Equal(OrderOutcomeKind.Accepted, second.Kind);
        Assert.Equal(first.Order!.BrokerOrderId, second.Order!.BrokerOrderId);
        Assert.True(second.AlreadyPlaced);
        Assert.False(first.AlreadyPlaced);
        Assert.Equal(2, alpaca.Server.RequestCount("POST", "/v2/orders"));
        Assert.Equal(1, alpaca.Server.RequestCount("GET", ByClientId));
        Assert.Single(alpaca.Server.Orders, o => o.ClientOrderId == request.ClientOrderId.Value);
    }

    [Fact]
    public async Task Resolution17_an_id_in_use_that_the_lookup_does_not_show_yet_is_asked_again_not_taken_as_absent()
    {
        using var alpaca = new AlpacaHarness();
        var request = AlpacaHarness.Buy("MSFT", 5000m);
        var first = await alpaca.Broker.SubmitAsync(request, None);
        alpaca.Server.FailNext(2, 404, "GET", ByClientId);

        var second = await alpaca.Broker.SubmitAsync(request, None);

        Assert.Equal(OrderOutcomeKind.Accepted, second.Kind);
        Assert.Equal(first.Order!.BrokerOrderId, second.Order!.BrokerOrderId);
        Assert.Equal(3, alpaca.Server.RequestCount("GET", ByClientId));
        Assert.Single(alpaca.Server.Orders, o => o.ClientOrderId == request.ClientOrderId.Value);
    }

    [Fact]
    public async Task Resolution17_a_submit_whose_answer_is_lost_is_sent_again_with_the_same_id_and_settled_by_the_in_use_refusal()
    {
        using var alpaca = new AlpacaHarness();
        var request = AlpacaHarness.Buy("MSFT", 5000m);
        alpaca.Server.DropNextOrderResponses();

        var outcome = await alpaca.Broker.SubmitAsync(request, None);

        Assert.Equal(OrderOutcomeKind.Accepted, outcome.Kind);
        Assert.Equal(request.ClientOrderId, outcome.Order!.ClientOrderId);
        Assert.False(outcome.AlreadyPlaced);
        Assert.Equal(2, alpaca.Server.RequestCount("POST", "/v2/orders"));
        Assert.All(alpaca.Server.Requests.Where(r => r.Method == "POST"), r => Assert.Contains(request.ClientOrderId.Value, r.Body));
        Assert.Single(alpaca.Server.Orders);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    public async Task Resolution17_a_submit_answered_with_a_server_error_is_sent_again_with_the_same_id(int status)
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.FailNext(2, status, "POST", "/v2/orders");

        var outcome = await alpaca.Broker.SubmitAsync(AlpacaHarness.Buy("MSFT", 5000m), None);

        Assert.Equal(OrderOutcomeKind.Accepted, outcome.Kind);
        Assert.Equal(3, alpaca.Server.RequestCount("POST", "/v2/orders"));
        Assert.Single(alpaca.Server.Orders);
    }

    [Fact]
    public async Task Resolution17_a_rate_limited_submit_is_sent_again_after_the_Retry_After_alpaca_gave()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.FailNext(1, 429, "POST", "/v2/orders", TimeSpan.FromSeconds(7));

        var outcome = await alpaca.Broker.SubmitAsync(AlpacaHarness.Buy("MSFT", 5000m), None);

        Assert.Equal(OrderOutcomeKind.Accepted, outcome.Kind);
        Assert.Equal(2, alpaca.Server.RequestCount("POST", "/v2/orders"));
        Assert.Equal([TimeSpan.FromSeconds(7)], alpaca.Time.Delays);
        Assert.Single(alpaca.Server.Orders);
    }

    [Fact]
    public async Task Resolution17_a_rate_limited_submit_without_Retry_After_waits_until_X_Ratelimit_Reset()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.FailNext(1, 429, "POST", "/v2/orders");

        var outcome = await alpaca.Broker.SubmitAsync(AlpacaHarness.Buy("MSFT", 5000m), None);

        // The fake's reset is a minute after its window opened, on the real clock; the adapter caps it at 60 s.
        Assert.Equal(OrderOutcomeKind.Accepted, outcome.Kind);
        var wait = Assert.Single(alpaca.Time.Delays);
        Assert.True(wait > TimeSpan.FromSeconds(1) && wait <= TimeSpan.FromSeconds(60), wait.ToString());
    }

    [Fact]
    public async Task Resolution17_a_submit_unanswered_for_the_whole_window_is_unresolved_and_every_send_used_the_same_id()
    {
        using var alpaca = new AlpacaHarness();
        var request = AlpacaHarness.Buy("MSFT", 5000m);
        alpaca.Server.FailNext(1000, 503, "POST", "/v2/orders");

        var outcome = await alpaca.Broker.SubmitAsync(request, None);

        Assert.Equal(OrderOutcomeKind.Unresolved, outcome.Kind);
        Assert.Contains("look it up by its client order id", outcome.Reason);
        Assert.True(alpaca.Time.Delays.Aggregate(TimeSpan.Zero, (sum, d) => sum + d) <= TimeSpan.FromMinutes(2));
        Assert.True(alpaca.Server.RequestCount("POST", "/v2/orders") > 5);
        Assert.All(alpaca.Server.Requests.Where(r => r.Method == "POST"), r => Assert.Contains(request.ClientOrderId.Value, r.Body));
        Assert.Empty(alpaca.Server.Orders);
    }

    [Fact]
    public async Task Resolution17_a_submit_that_times_out_is_sent_again_and_unresolved_when_it_never_answers()
    {
        using var alpaca = new AlpacaHarness(requestTimeout: TimeSpan.FromMilliseconds(200), submitRetryWindow: TimeSpan.FromSeconds(2));
        var request = AlpacaHarness.Buy("MSFT", 5000m);
        OrderOutcome outcome;
        using (alpaca.Server.Hold("POST", "/v2/orders"))
        {
            outcome = await alpaca.Broker.SubmitAsync(request, None);
        }

        Assert.Equal(OrderOutcomeKind.Unresolved, outcome.Kind);
        Assert.Contains("did not answer", outcome.Reason);
        Assert.True(alpaca.Server.RequestCount("POST", "/v2/orders") >= 2);
    }

    [Fact]
    public async Task A_refusal_for_another_reason_is_not_sent_again()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.Cash = 100m;

        var outcome = await alpaca.Broker.SubmitAsync(AlpacaHarness.Buy("MSFT", 5000m), None);

        Assert.Equal((OrderOutcomeKind.Rejected, "insufficient buying power"), (outcome.Kind, outcome.Reason));
        Assert.Equal(1, alpaca.Server.RequestCount("POST", "/v2/orders"));
    }

    [Fact]
    public async Task A_key_whose_last_answer_left_no_requests_waits_for_the_reset_before_the_next()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.RateLimitPerMinute = 1;

        await alpaca.Broker.GetAccountAsync(None);
        var account = await alpaca.Broker.GetAccountAsync(None);

        Assert.NotNull(account);
        Assert.Single(alpaca.Time.Delays);
        Assert.Equal(2, alpaca.Server.RequestCount("GET", "/v2/account"));
    }

    [Fact]
    public async Task The_adapter_keeps_itself_within_two_hundred_requests_a_minute_per_key()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.RateLimitPerMinute = 10_000;

        for (var i = 0; i < 201; i++)
        {
            await alpaca.Broker.GetAccountAsync(None);
        }

        var wait = Assert.Single(alpaca.Time.Delays);
        Assert.True(wait > TimeSpan.Zero && wait <= TimeSpan.FromMinutes(1));
    }
}

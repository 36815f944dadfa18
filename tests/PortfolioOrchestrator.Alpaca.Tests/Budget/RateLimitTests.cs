namespace PortfolioOrchestrator.Alpaca.Tests.Budget;

/// <summary>CONTRACT §9: Alpaca's rate limit is 200 requests a minute per key, and <c>X-Ratelimit-Remaining</c> is honoured.</summary>
public sealed class RateLimitTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Section9_near_the_end_of_the_allowance_the_requests_left_are_spread_until_the_reset_and_none_is_refused()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.RateLimitPerMinute = 12;

        for (var i = 0; i < 12; i++)
        {
            Assert.NotNull(await alpaca.Broker.GetAccountAsync(None));
        }

        // No 429 came back (it would have been retried: more than 12 requests).
        Assert.Equal(12, alpaca.Server.RequestCount("GET", "/v2/account"));
        var waits = alpaca.Time.Delays.ToList();
        Assert.True(waits.Count >= 9, $"{waits.Count} paced waits");
        Assert.All(waits, w => Assert.True(w > TimeSpan.Zero && w <= TimeSpan.FromMinutes(1), $"a wait of {w}"));
        Assert.True(waits.Aggregate(TimeSpan.Zero, (sum, w) => sum + w) <= TimeSpan.FromMinutes(1), "the waits outlast the window");
    }

    [Fact]
    public async Task Section9_with_plenty_left_nothing_waits()
    {
        using var alpaca = new AlpacaHarness();

        for (var i = 0; i < 20; i++)
        {
            await alpaca.Broker.GetAccountAsync(None);
        }

        Assert.Empty(alpaca.Time.Delays);
    }
}

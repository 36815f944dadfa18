namespace PortfolioOrchestrator.Alpaca.Http;

/// <summary>
/// How hard the adapter tries before it says "unknown". Reads (GET, DELETE) are retried; an order
/// submission never is. Backoff delays run on the injected <see cref="TimeProvider"/>; the per-request
/// timeout guards a real socket and runs on the wall clock.
/// </summary>
public sealed record AlpacaHttpSettings
{
    /// <summary>Retries after the first attempt of a read. <value>The default value is 4.</value></summary>
    public int MaxRetryAttempts { get; init; } = 4;

    /// <summary>First backoff delay; doubles each retry, with jitter. <value>The default value is 500 ms.</value></summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Longest exponential backoff delay. <value>The default value is 8 s.</value></summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(8);

    /// <summary>Longest wait a 429's Retry-After (or rate-limit reset) may impose. <value>The default value is 60 s.</value></summary>
    public TimeSpan MaxRateLimitDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Reads of a canceled order, at most, until Alpaca reports it final. <value>The default value is 6.</value></summary>
    public int CancelConfirmReads { get; init; } = 6;

    /// <summary>The wait before the second read of a canceled order; it doubles. <value>The default value is 250 ms.</value></summary>
    public TimeSpan CancelConfirmFirstWait { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// How long a submission whose answer is lost, rate limited (429) or a server error (5xx) is sent again
    /// with the same client order id (CONTRACT Resolution 17). <value>The default value is 2 minutes.</value>
    /// </summary>
    public TimeSpan SubmitRetryWindow { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Requests per minute this key may make (Alpaca's limit is per API key). <value>The default value is 200.</value></summary>
    public int RequestsPerMinute { get; init; } = 200;

    /// <summary>
    /// At or below this many requests left (<c>X-Ratelimit-Remaining</c>), the rest are spread evenly until
    /// <c>X-Ratelimit-Reset</c>. <value>The default value is 10.</value>
    /// </summary>
    public int RateLimitLowWater { get; init; } = 10;

    /// <summary>How long the one read of a market price at submission may take (CONTRACT §9). <value>The default value is 3 s.</value></summary>
    public TimeSpan MarketDataTimeout { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>How long one request may take, headers and body. <value>The default value is 10 s.</value></summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);
}

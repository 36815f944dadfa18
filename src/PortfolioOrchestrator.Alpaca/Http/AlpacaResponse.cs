namespace PortfolioOrchestrator.Alpaca.Http;

/// <summary>One HTTP answer, read in full: status, body, and the wait Alpaca asked for (Retry-After or rate-limit reset), if any.</summary>
internal sealed record AlpacaResponse(int StatusCode, string Body, TimeSpan? RetryAfter)
{
    /// <summary>What <c>X-Ratelimit-Remaining</c> said, when Alpaca sent it.</summary>
    public int? RateLimitRemaining { get; init; }

    /// <summary>When the key's rate-limit window resets (<c>X-Ratelimit-Reset</c>), when Alpaca sent it.</summary>
    public DateTimeOffset? RateLimitReset { get; init; }

    public bool IsSuccess => StatusCode is >= 200 and < 300;

    /// <summary>Rate limiting and server errors may pass; everything else 4xx will not.</summary>
    public bool IsTransient => StatusCode == 429 || StatusCode >= 500;
}

namespace PortfolioOrchestrator.Alpaca.Http;

/// <summary>How a call to Alpaca ended, classified for the broker's decisions.</summary>
internal enum AlpacaCallKind
{
    /// <summary>2xx; <see cref="AlpacaCall.Body"/> holds the answer.</summary>
    Success,

    /// <summary>404: Alpaca does not know the thing asked for.</summary>
    NotFound,

    /// <summary>400, 401, 403, 422 and other 4xx: Alpaca said no; asking again will not change it.</summary>
    Permanent,

    /// <summary>429, 5xx, a timeout or a dropped connection (after any retries): the answer is unknown.</summary>
    Transient,
}

/// <summary>The result of one logical call (a read after its retries, a submission after its single attempt).</summary>
internal sealed record AlpacaCall(AlpacaCallKind Kind, int? StatusCode, string Body, string Message)
{
    /// <summary>The wait Alpaca asked for (Retry-After, else X-Ratelimit-Reset) on a 429 or 503.</summary>
    public TimeSpan? RetryAfter { get; init; }

    public static AlpacaCall From(AlpacaResponse response)
    {
        var kind = response switch
        {
            { IsSuccess: true } => AlpacaCallKind.Success,
            { StatusCode: 404 } => AlpacaCallKind.NotFound,
            { IsTransient: true } => AlpacaCallKind.Transient,
            _ => AlpacaCallKind.Permanent,
        };
        var message = kind == AlpacaCallKind.Success ? string.Empty : AlpacaErrorMessage.From(response.StatusCode, response.Body);
        return new AlpacaCall(kind, response.StatusCode, response.Body, message) { RetryAfter = response.RetryAfter };
    }

    public static AlpacaCall Failed(string message) => new(AlpacaCallKind.Transient, null, string.Empty, message);
}

namespace PortfolioOrchestrator.Alpaca.Market;

/// <summary>Alpaca's market clock: whether the regular session is open now, and the next open and close (instants).</summary>
public sealed record MarketStatus(bool IsOpen, DateTimeOffset Timestamp, DateTimeOffset NextOpen, DateTimeOffset NextClose);

/// <summary>An answer from Alpaca, or why there is none (never containing a key).</summary>
public sealed record MarketAnswer<T>(T? Value, string? Error)
    where T : class
{
    public static MarketAnswer<T> Known(T value) => new(value, null);

    public static MarketAnswer<T> Unknown(string error) => new(null, error);
}

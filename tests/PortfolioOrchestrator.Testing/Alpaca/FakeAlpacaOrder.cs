namespace PortfolioOrchestrator.Testing.Alpaca;

/// <summary>An order the fake venue holds, as a snapshot. Quantities in shares; prices and notional in dollars.</summary>
public sealed record FakeAlpacaOrder(
    string Id,
    string ClientOrderId,
    string Symbol,
    string Side,
    string Type,
    string TimeInForce,
    string OrderClass,
    decimal? Qty,
    decimal? Notional,
    decimal? LimitPrice,
    decimal? StopPrice,
    string Status,
    decimal FilledQty,
    decimal? FilledAvgPrice,
    string? ParentId)
{
    public DateTimeOffset? ExpiresAt { get; init; }

    public string? ReplacedBy { get; init; }
}

/// <summary>One request as the fake saw it.</summary>
public sealed record FakeAlpacaRequest(string Method, string Path, string Query, string? Body);

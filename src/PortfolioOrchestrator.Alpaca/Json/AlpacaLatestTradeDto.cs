namespace PortfolioOrchestrator.Alpaca.Json;

/// <summary>The market data API's <c>GET /v2/stocks/{symbol}/trades/latest</c>: <c>{"symbol": …, "trade": {"t", "p", "s", …}}</c>.</summary>
internal sealed record AlpacaLatestTradeDto
{
    public string? Symbol { get; init; }

    public AlpacaTradeDto? Trade { get; init; }
}

/// <summary>One trade of the market data API: when (<c>t</c>), the price in dollars per share (<c>p</c>), the size in shares (<c>s</c>).</summary>
internal sealed record AlpacaTradeDto
{
    [System.Text.Json.Serialization.JsonPropertyName("t")]
    public DateTimeOffset? Timestamp { get; init; }

    [System.Text.Json.Serialization.JsonPropertyName("p")]
    public decimal? Price { get; init; }

    [System.Text.Json.Serialization.JsonPropertyName("s")]
    public decimal? Size { get; init; }
}

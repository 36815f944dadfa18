using System.Text.Json.Serialization;

namespace PortfolioOrchestrator.Journal.Records.V1;

/// <summary>Version 1 of an entry order's fill: average dollars per share, shares, dollars, when.</summary>
internal sealed class FillRecord
{
    [JsonPropertyName("price")]
    public decimal Price { get; set; }

    [JsonPropertyName("quantity")]
    public decimal Quantity { get; set; }

    [JsonPropertyName("filled_dollars")]
    public decimal FilledDollars { get; set; }

    [JsonPropertyName("at")]
    public DateTimeOffset At { get; set; }
}

/// <summary>Version 1 of a stop-loss or profit-target order (STEP 3E): shares, dollars per share.</summary>
internal sealed class ProtectiveOrderRecord
{
    [JsonPropertyName("client_order_id")]
    public required string ClientOrderId { get; set; }

    [JsonPropertyName("type")]
    public string Type { get; set; } = "MARKET";

    [JsonPropertyName("quantity")]
    public decimal Quantity { get; set; }

    [JsonPropertyName("stop_price")]
    public decimal? StopPrice { get; set; }

    [JsonPropertyName("limit_price")]
    public decimal? LimitPrice { get; set; }

    [JsonPropertyName("status")]
    public string Status { get; set; } = "NEW";

    [JsonPropertyName("link_group")]
    public string? LinkGroup { get; set; }
}

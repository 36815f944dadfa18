using System.Text.Json.Serialization;
using PortfolioOrchestrator.Journal.Records.V1;

namespace PortfolioOrchestrator.Journal.Records.V2;

/// <summary>
/// Version 2 of one trade of a run (<c>trades.trade_json</c>): version 1's properties, unchanged, and the
/// market price at submission with the slippage against it (CONTRACT Resolution 22); its protective
/// orders carry the venue's <c>expires_at</c> (version 2 of <see cref="ProtectiveOrderRecord"/>).
/// Slippage in basis points, prices in dollars per share, the buffer a fraction.
/// </summary>
internal sealed class TradeRecord
{
    [JsonPropertyName(RecordVersion.PropertyName)]
    public int Version { get; set; } = 2;

    [JsonPropertyName("sequence")]
    public required int Sequence { get; set; }

    [JsonPropertyName("trade")]
    public required QaTradeRecord Trade { get; set; }

    [JsonPropertyName("status")]
    public required string Status { get; set; }

    [JsonPropertyName("attempt")]
    public int Attempt { get; set; } = 1;

    [JsonPropertyName("client_order_id")]
    public string? ClientOrderId { get; set; }

    [JsonPropertyName("submitted_at")]
    public DateTimeOffset? SubmittedAt { get; set; }

    [JsonPropertyName("market_price_at_submission")]
    public decimal? MarketPriceAtSubmission { get; set; }

    [JsonPropertyName("fill")]
    public FillRecord? Fill { get; set; }

    [JsonPropertyName("slippage_bps")]
    public decimal? SlippageBps { get; set; }

    [JsonPropertyName("market_slippage_bps")]
    public decimal? MarketSlippageBps { get; set; }

    [JsonPropertyName("buffer_after")]
    public decimal? BufferAfter { get; set; }

    [JsonPropertyName("flags")]
    public IReadOnlyList<string>? Flags { get; set; } = [];

    [JsonPropertyName("stop_loss_order")]
    public ProtectiveOrderRecord? StopLossOrder { get; set; }

    [JsonPropertyName("additional_stop_loss_orders")]
    public IReadOnlyList<ProtectiveOrderRecord>? AdditionalStopLossOrders { get; set; } = [];

    [JsonPropertyName("profit_target_orders")]
    public IReadOnlyList<ProtectiveOrderRecord>? ProfitTargetOrders { get; set; } = [];

    [JsonPropertyName("protection_placed")]
    public bool ProtectionPlaced { get; set; }

    [JsonPropertyName("unprotected")]
    public IReadOnlyList<string>? Unprotected { get; set; } = [];

    [JsonPropertyName("reason")]
    public string? Reason { get; set; }

    [JsonPropertyName("earlier_run_id")]
    public string? EarlierRunId { get; set; }
}

/// <summary>Version 2 of a stop-loss or profit-target order: version 1's properties and when the venue lets it lapse.</summary>
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

    [JsonPropertyName("expires_at")]
    public DateTimeOffset? ExpiresAt { get; set; }
}

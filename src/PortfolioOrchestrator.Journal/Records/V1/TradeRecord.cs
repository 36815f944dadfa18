using System.Text.Json.Serialization;

namespace PortfolioOrchestrator.Journal.Records.V1;

/// <summary>
/// Version 1 of one trade of a run (<c>trades.trade_json</c>): the QA trade, its 0-based place in the
/// queue, and what happened to it. Slippage in basis points, the buffer a fraction.
/// </summary>
internal sealed class TradeRecord
{
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

    [JsonPropertyName("fill")]
    public FillRecord? Fill { get; set; }

    [JsonPropertyName("slippage_bps")]
    public decimal? SlippageBps { get; set; }

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

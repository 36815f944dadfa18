using System.Text.Json.Serialization;

namespace PortfolioOrchestrator.Journal.Records.V1;

/// <summary>Version 1 of a QA trade as the run received it: dollars, dollars per share, its 0-based place in the report.</summary>
internal sealed class QaTradeRecord
{
    [JsonPropertyName("trade_id")]
    public required string TradeId { get; set; }

    [JsonPropertyName("ticker")]
    public required string Ticker { get; set; }

    [JsonPropertyName("side")]
    public string Side { get; set; } = "BUY";

    [JsonPropertyName("size_dollars")]
    public required decimal SizeDollars { get; set; }

    [JsonPropertyName("account")]
    public string? Account { get; set; }

    [JsonPropertyName("sector")]
    public string? Sector { get; set; }

    [JsonPropertyName("conviction")]
    public string? Conviction { get; set; }

    [JsonPropertyName("gate")]
    public required string Gate { get; set; }

    [JsonPropertyName("approval_timestamp")]
    public DateTimeOffset? ApprovalTimestamp { get; set; }

    [JsonPropertyName("last_known_price")]
    public decimal? LastKnownPrice { get; set; }

    [JsonPropertyName("stop_loss")]
    public StopLossRecord? StopLoss { get; set; }

    [JsonPropertyName("profit_targets")]
    public IReadOnlyList<ProfitTargetRecord>? ProfitTargets { get; set; } = [];

    [JsonPropertyName("report_index")]
    public required int ReportIndex { get; set; }
}

/// <summary>Version 1 of QA's stop-loss: a stop price in dollars per share.</summary>
internal sealed class StopLossRecord
{
    [JsonPropertyName("price")]
    public decimal Price { get; set; }
}

/// <summary>Version 1 of a profit target: a limit price in dollars per share and the percent of the position (50 = half).</summary>
internal sealed class ProfitTargetRecord
{
    [JsonPropertyName("price")]
    public decimal Price { get; set; }

    [JsonPropertyName("percent_of_position")]
    public decimal PercentOfPosition { get; set; }
}

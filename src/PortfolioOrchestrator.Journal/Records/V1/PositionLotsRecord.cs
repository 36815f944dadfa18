using System.Text.Json.Serialization;

namespace PortfolioOrchestrator.Journal.Records.V1;

/// <summary>
/// Version 1 of a position's lots (<c>position_lots.lots_json</c>, CONTRACT Resolution 15): the account,
/// the ticker and its lots, oldest first. A kind of record new with schema 3, so it carries its version
/// marker from the start.
/// </summary>
internal sealed class PositionLotsRecord
{
    [JsonPropertyName(RecordVersion.PropertyName)]
    public int Version { get; set; } = 1;

    [JsonPropertyName("account")]
    public required string Account { get; set; }

    [JsonPropertyName("ticker")]
    public required string Ticker { get; set; }

    [JsonPropertyName("lots")]
    public required IReadOnlyList<LotRecord> Lots { get; set; }
}

/// <summary>
/// Version 1 of one lot: its id (the entry's client order id, or <c>held-before</c>), the shares it still
/// holds, the run and trade that opened it, its own stop and targets (dollars per share; targets' percent
/// of the lot), the protection generation and its protective orders, and what is not protected, in words.
/// </summary>
internal sealed class LotRecord
{
    [JsonPropertyName("lot_id")]
    public required string LotId { get; set; }

    [JsonPropertyName("quantity")]
    public decimal Quantity { get; set; }

    [JsonPropertyName("run_id")]
    public string? RunId { get; set; }

    [JsonPropertyName("trade_id")]
    public string? TradeId { get; set; }

    [JsonPropertyName("opened_at")]
    public DateTimeOffset? OpenedAt { get; set; }

    [JsonPropertyName("stop_price")]
    public decimal? StopPrice { get; set; }

    [JsonPropertyName("targets")]
    public IReadOnlyList<ProfitTargetRecord>? Targets { get; set; }

    [JsonPropertyName("generation")]
    public int Generation { get; set; }

    [JsonPropertyName("protective_orders")]
    public IReadOnlyList<ProtectiveOrderRecord>? ProtectiveOrders { get; set; }

    [JsonPropertyName("unprotected")]
    public IReadOnlyList<string>? Unprotected { get; set; }
}

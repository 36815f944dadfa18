using System.Globalization;
using System.Text.Json.Nodes;

namespace PortfolioOrchestrator.Testing.Alpaca;

/// <summary>The fake's mutable record of one order (or one OCO leg).</summary>
internal sealed class FakeOrderState
{
    public required string Id { get; init; }

    public required string ClientOrderId { get; init; }

    public required string Symbol { get; init; }

    public required string Side { get; init; }

    public required string Type { get; init; }

    public required string TimeInForce { get; init; }

    public required string OrderClass { get; init; }

    public decimal? Qty { get; init; }

    public decimal? Notional { get; init; }

    public decimal? LimitPrice { get; init; }

    public decimal? StopPrice { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public string Status { get; set; } = "new";

    public decimal FilledQty { get; set; }

    public decimal? FilledAvgPrice { get; set; }

    public DateTimeOffset? FilledAt { get; set; }

    public FakeOrderState? Parent { get; init; }

    public List<FakeOrderState> Legs { get; } = [];

    /// <summary>How many GETs a progressive fill has seen.</summary>
    public int Step { get; set; }

    public bool IsOpen => Status is "new" or "accepted" or "pending_new" or "partially_filled" or "held";

    public FakeAlpacaOrder Snapshot() => new(
        Id, ClientOrderId, Symbol, Side, Type, TimeInForce, OrderClass, Qty, Notional, LimitPrice, StopPrice, Status, FilledQty, FilledAvgPrice, Parent?.Id);

    public JsonObject ToJson() => new()
    {
        ["id"] = Id,
        ["client_order_id"] = ClientOrderId,
        ["created_at"] = CreatedAt.ToString("O", CultureInfo.InvariantCulture),
        ["updated_at"] = CreatedAt.ToString("O", CultureInfo.InvariantCulture),
        ["submitted_at"] = CreatedAt.ToString("O", CultureInfo.InvariantCulture),
        ["filled_at"] = FilledAt?.ToString("O", CultureInfo.InvariantCulture),
        ["asset_class"] = "us_equity",
        ["symbol"] = Symbol,
        ["notional"] = Text(Notional),
        ["qty"] = Text(Qty),
        ["filled_qty"] = Text(FilledQty),
        ["filled_avg_price"] = Text(FilledAvgPrice),
        ["order_class"] = OrderClass == "simple" ? string.Empty : OrderClass,
        ["order_type"] = Type,
        ["type"] = Type,
        ["side"] = Side,
        ["time_in_force"] = TimeInForce,
        ["limit_price"] = Text(LimitPrice),
        ["stop_price"] = Text(StopPrice),
        ["status"] = Status,
        ["extended_hours"] = false,
        ["legs"] = Legs.Count == 0 ? null : new JsonArray([.. Legs.Select(leg => (JsonNode)leg.ToJson())]),
    };

    internal static string? Text(decimal? value) => value?.ToString("0.#########", CultureInfo.InvariantCulture);
}

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

    public DateTimeOffset? ExpiresAt { get; set; }

    /// <summary>The id of the order that replaced this one (<c>replaced</c>).</summary>
    public string? ReplacedBy { get; set; }

    /// <summary>The id of the order this one replaced.</summary>
    public string? Replaces { get; init; }

    public FakeOrderState? Parent { get; init; }

    public List<FakeOrderState> Legs { get; } = [];

    /// <summary>Reads left that still answer <c>pending_cancel</c> before the cancel settles.</summary>
    public int PendingCancelReads { get; set; }

    /// <summary>How many GETs a progressive fill has seen.</summary>
    public int Step { get; set; }

    /// <summary>Open as Alpaca counts it: still able to fill, and still reserving shares or buying power.</summary>
    public bool IsOpen => Status is "new" or "accepted" or "pending_new" or "accepted_for_bidding" or "pending_review" or "partially_filled"
        or "held" or "pending_cancel" or "pending_replace" or "done_for_day" or "stopped" or "suspended" or "calculated";

    public FakeAlpacaOrder Snapshot() => new(
        Id, ClientOrderId, Symbol, Side, Type, TimeInForce, OrderClass, Qty, Notional, LimitPrice, StopPrice, Status, FilledQty, FilledAvgPrice, Parent?.Id)
    {
        ExpiresAt = ExpiresAt,
        ReplacedBy = ReplacedBy,
    };

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
        ["expires_at"] = ExpiresAt?.ToString("O", CultureInfo.InvariantCulture),
        ["replaced_by"] = ReplacedBy,
        ["replaces"] = Replaces,
        ["extended_hours"] = false,
        ["legs"] = Legs.Count == 0 ? null : new JsonArray([.. Legs.Select(leg => (JsonNode)leg.ToJson())]),
    };

    internal static string? Text(decimal? value) => value?.ToString("0.#########", CultureInfo.InvariantCulture);
}

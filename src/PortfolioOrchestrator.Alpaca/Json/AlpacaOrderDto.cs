using System.Text.Json.Serialization;

namespace PortfolioOrchestrator.Alpaca.Json;

/// <summary>The order object of <c>/v2/orders</c>. Quantities in shares, prices and notional in dollars.</summary>
internal sealed record AlpacaOrderDto
{
    public string? Id { get; init; }

    public string? ClientOrderId { get; init; }

    public string? Symbol { get; init; }

    public string? Side { get; init; }

    [JsonPropertyName("type")]
    public string? Type { get; init; }

    public string? OrderClass { get; init; }

    public string? TimeInForce { get; init; }

    public decimal? Qty { get; init; }

    public decimal? Notional { get; init; }

    public decimal? FilledQty { get; init; }

    public decimal? FilledAvgPrice { get; init; }

    public decimal? LimitPrice { get; init; }

    public decimal? StopPrice { get; init; }

    public string? Status { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? SubmittedAt { get; init; }

    public DateTimeOffset? FilledAt { get; init; }

    /// <summary>When Alpaca lets the order lapse (a GTC order's aged-order policy), where it says.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>The id of the order that took this one's place (status <c>replaced</c>).</summary>
    public string? ReplacedBy { get; init; }

    /// <summary>The id of the order this one replaced.</summary>
    public string? Replaces { get; init; }

    public IReadOnlyList<AlpacaOrderDto>? Legs { get; init; }
}

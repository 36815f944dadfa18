using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Domain.Broker;

/// <summary>
/// An order as the venue reports it. Quantities are shares; prices and notionals dollars.
/// <see cref="FilledNotional"/> is the dollars that changed hands; <see cref="FilledAveragePrice"/> is per share.
/// </summary>
public sealed record BrokerOrder
{
    public required ClientOrderId ClientOrderId { get; init; }

    public required string BrokerOrderId { get; init; }

    public required Ticker Ticker { get; init; }

    public required OrderSide Side { get; init; }

    public required OrderType Type { get; init; }

    public AccountId? Account { get; init; }

    public Money? Notional { get; init; }

    public decimal? Quantity { get; init; }

    public Money? StopPrice { get; init; }

    public Money? LimitPrice { get; init; }

    public required OrderStatus Status { get; init; }

    public decimal FilledQuantity { get; init; }

    public Money? FilledAveragePrice { get; init; }

    public Money FilledNotional { get; init; }

    public required DateTimeOffset SubmittedAt { get; init; }

    public DateTimeOffset? FilledAt { get; init; }

    public string? RejectReason { get; init; }

    /// <summary>When the venue lets the order lapse, where it says (Alpaca's <c>expires_at</c>); null when it does not.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>Orders sharing a link group cancel each other when one fills (one-cancels-other).</summary>
    public string? LinkGroup { get; init; }

    public IReadOnlyList<Fill> Fills { get; init; } = [];

    /// <summary>The order in <paramref name="next"/>; a move <see cref="OrderTransitions"/> does not list is a programmer error.</summary>
    /// <exception cref="InvalidOperationException">The move is not in the table.</exception>
    public BrokerOrder MoveTo(OrderStatus next) => OrderTransitions.Allows(Status, next)
        ? this with { Status = next }
        : throw new InvalidOperationException($"Order {ClientOrderId} cannot move from {Status} to {next}.");
}

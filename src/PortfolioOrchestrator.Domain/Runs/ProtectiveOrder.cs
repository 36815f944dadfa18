using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Domain.Runs;

/// <summary>A stop-loss or profit-target order placed for an executed trade (STEP 3E).</summary>
public sealed record ProtectiveOrder(
    ClientOrderId ClientOrderId,
    OrderType Type,
    decimal Quantity,
    Money? StopPrice,
    Money? LimitPrice,
    OrderStatus Status,
    string? LinkGroup)
{
    /// <summary>When the venue lets the order lapse, where it says (Alpaca's <c>expires_at</c> of a GTC order); null when it does not.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    public static ProtectiveOrder From(BrokerOrder order) =>
        new(order.ClientOrderId, order.Type, order.Quantity ?? 0m, order.StopPrice, order.LimitPrice, order.Status, order.LinkGroup) { ExpiresAt = order.ExpiresAt };
}

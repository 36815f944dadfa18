namespace PortfolioOrchestrator.Domain.Broker;

/// <summary>
/// The one table of how a venue order's status may move, as the domain sees the venue's states. A
/// venue we run ourselves (the paper venue) changes an order only through <see cref="BrokerOrder.MoveTo"/>,
/// which refuses any move not listed here. The four done states (<see cref="OrderStatusExtensions.IsFinal"/>) have no entry.
/// </summary>
public static class OrderTransitions
{
    private static readonly Dictionary<OrderStatus, OrderStatus[]> Table = new()
    {
        [OrderStatus.New] = [OrderStatus.Accepted, OrderStatus.PartiallyFilled, OrderStatus.Filled, OrderStatus.Canceled, OrderStatus.Expired, OrderStatus.Rejected],
        [OrderStatus.Accepted] = [OrderStatus.PartiallyFilled, OrderStatus.Filled, OrderStatus.Canceled, OrderStatus.Expired, OrderStatus.Rejected],
        [OrderStatus.PartiallyFilled] = [OrderStatus.Filled, OrderStatus.Canceled, OrderStatus.Expired],
    };

    /// <summary>Whether an order may move from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static bool Allows(OrderStatus from, OrderStatus to) => Table.TryGetValue(from, out var next) && next.Contains(to);

    /// <summary>Whether the venue will change nothing more about an order in <paramref name="status"/>.</summary>
    public static bool IsFinal(OrderStatus status) => !Table.ContainsKey(status);
}

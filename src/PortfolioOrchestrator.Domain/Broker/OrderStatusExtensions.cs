namespace PortfolioOrchestrator.Domain.Broker;

public static class OrderStatusExtensions
{
    /// <summary>Whether the venue will change nothing more about the order.</summary>
    public static bool IsFinal(this OrderStatus status) => OrderTransitions.IsFinal(status);
}

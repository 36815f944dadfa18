using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Paper.Simulation;

/// <summary>
/// Which resting order a new price crosses (CONTRACT §6): a sell stop whose stop price is at or above the
/// mark fills at the mark; a sell limit whose limit price is at or below the mark fills at its limit.
/// The venue rests no other orders (entries are market orders; protection is sells).
/// </summary>
internal static class PaperMarkRules
{
    /// <summary>The price in dollars per share <paramref name="order"/> fills at under <paramref name="mark"/>, or null when it does not cross.</summary>
    public static Money? FillPrice(BrokerOrder order, Money mark) => (order.Side, order.Type) switch
    {
        (OrderSide.Sell, OrderType.Stop) when order.StopPrice is { } stop && stop >= mark => mark,
        (OrderSide.Sell, OrderType.Limit) when order.LimitPrice is { } limit && limit <= mark => limit,
        _ => null,
    };
}

using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Testing.Broker;

/// <summary>
/// The in-memory venue's fill arithmetic, as the contract's paper broker: fill price = price × (1 ± bps/10,000),
/// filled dollars = ratio × order dollars (to the cent), shares = filled dollars / fill price (6 places).
/// </summary>
public static class VenueFill
{
    public static Money FillPrice(TickerBehaviour behaviour, OrderSide side, Money referencePrice)
    {
        var price = behaviour.Price ?? referencePrice.Dollars;
        var factor = side == OrderSide.Buy ? 1m + behaviour.SlippageBps / 10_000m : 1m - behaviour.SlippageBps / 10_000m;
        return Money.FromDollars(price * factor);
    }

    public static Money FilledDollars(TickerBehaviour behaviour, Money notional) =>
        Money.FromDollars(notional.Dollars * behaviour.FillRatio).RoundToCents();

    public static decimal Shares(Money filledDollars, Money fillPrice) =>
        decimal.Round(filledDollars.Dollars / fillPrice.Dollars, 6, MidpointRounding.AwayFromZero);

    /// <summary>Fills <paramref name="order"/> per <paramref name="behaviour"/> at <paramref name="at"/>.</summary>
    public static BrokerOrder Apply(BrokerOrder order, TickerBehaviour behaviour, Money referencePrice, DateTimeOffset at)
    {
        var price = FillPrice(behaviour, order.Side, referencePrice);
        var dollars = FilledDollars(behaviour, order.Notional ?? Money.Zero);
        var shares = Shares(dollars, price);
        var status = behaviour.FillRatio >= 1m ? OrderStatus.Filled
            : behaviour.RestStaysOpen ? OrderStatus.PartiallyFilled
            : OrderStatus.Canceled;
        return order with
        {
            Status = status,
            FilledQuantity = shares,
            FilledNotional = dollars,
            FilledAveragePrice = price,
            FilledAt = at,
            Fills = [new Fill($"{order.BrokerOrderId}-x1", shares, price, at)],
        };
    }
}

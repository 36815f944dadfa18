using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Domain.Steps.Step4;

/// <summary>
/// What filled of an order (CONTRACT Resolution 12): executions are de-duplicated by their id, summed as
/// increments, and never exceed the order's quantity; without executions the order's own totals count.
/// </summary>
public static class FillReader
{
    public static TradeFill? Read(BrokerOrder order)
    {
        var fills = order.Fills.DistinctBy(f => f.ExecutionId).ToList();
        decimal quantity;
        Money notional;
        if (fills.Count > 0)
        {
            quantity = fills.Sum(f => f.Quantity);
            notional = Money.FromDollars(fills.Sum(f => f.Quantity * f.Price.Dollars));
            if (order.FilledNotional.IsPositive && order.FilledQuantity == quantity)
            {
                notional = order.FilledNotional;
            }
        }
        else
        {
            quantity = order.FilledQuantity;
            notional = order.FilledNotional.IsPositive || order.FilledAveragePrice is null
                ? order.FilledNotional
                : order.FilledAveragePrice.Value * quantity;
        }

        if (order.Quantity is { } ordered && quantity > ordered)
        {
            notional = notional * (ordered / quantity);
            quantity = ordered;
        }

        if (quantity <= 0m)
        {
            return null;
        }

        var price = order.FilledAveragePrice ?? Money.FromDollars(decimal.Round(notional.Dollars / quantity, 6));
        var at = order.FilledAt ?? fills.Select(f => f.At).DefaultIfEmpty(order.SubmittedAt).Max();
        return new TradeFill(price, quantity, notional.RoundToCents(), at);
    }
}

using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Reporting.Building;

namespace PortfolioOrchestrator.Reporting.Monitoring;

/// <summary>A working protective order against a price: a sell stop triggers at or below its stop, a sell limit at or above its limit; a buy the other way.</summary>
internal static class WorkingOrders
{
    public const string Stop = "stop";

    public static MonitorOrder Judge(BrokerOrder order, decimal? price)
    {
        var sell = order.Side == OrderSide.Sell;
        bool? triggered = price is not { } at ? null : order.Type switch
        {
            OrderType.Stop when order.StopPrice is { } stop => sell ? at <= stop.Dollars : at >= stop.Dollars,
            OrderType.Limit when order.LimitPrice is { } limit => sell ? at >= limit.Dollars : at <= limit.Dollars,
            _ => null,
        };
        return new MonitorOrder(
            order.ClientOrderId.Value,
            order.Ticker.Value,
            sell ? "sell" : "buy",
            ContractNames.Of(order.Type),
            order.Quantity,
            order.StopPrice?.Dollars,
            order.LimitPrice?.Dollars,
            ContractNames.Of(order.Status),
            price,
            triggered);
    }
}

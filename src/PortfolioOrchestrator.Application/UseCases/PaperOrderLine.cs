using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Reporting.Building;

namespace PortfolioOrchestrator.Application.UseCases;

/// <summary>
/// One order as <c>po paper orders --json</c> and <c>po paper mark --json</c> show it (CONTRACT §2, §6):
/// amounts in dollars, quantities in shares.
/// </summary>
public sealed record PaperOrderLine(
    string ClientOrderId,
    string Symbol,
    string? Account,
    string Side,
    string Type,
    decimal? Notional,
    decimal? Qty,
    decimal? StopPrice,
    decimal? LimitPrice,
    string Status,
    decimal FilledQty,
    decimal? FilledAvgPrice,
    string? LinkGroup,
    string? RejectReason,
    DateTimeOffset SubmittedAt)
{
    public static PaperOrderLine Of(BrokerOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return new(
            order.ClientOrderId.Value,
            order.Ticker.Value,
            order.Account?.Value,
            order.Side == OrderSide.Buy ? "buy" : "sell",
            ContractNames.Of(order.Type),
            order.Notional?.Dollars,
            order.Quantity,
            order.StopPrice?.Dollars,
            order.LimitPrice?.Dollars,
            ContractNames.Of(order.Status),
            order.FilledQuantity,
            order.FilledAveragePrice?.Dollars,
            order.LinkGroup,
            order.RejectReason,
            order.SubmittedAt);
    }
}

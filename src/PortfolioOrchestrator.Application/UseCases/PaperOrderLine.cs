using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Paper;
using PortfolioOrchestrator.Reporting.Building;

namespace PortfolioOrchestrator.Application.UseCases;

/// <summary>
/// One order as <c>po paper orders --json</c> and <c>po paper mark --json</c> show it (CONTRACT §2, §6):
/// amounts in dollars, quantities in shares; for a protective order the QA trade and the run whose lot it
/// protects (null for entries and for protective orders an earlier version placed).
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
    DateTimeOffset SubmittedAt,
    string? TradeId = null,
    string? RunId = null)
{
    /// <summary>The line for a listed order, with what it protects.</summary>
    public static PaperOrderLine Of(PaperOrderEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Of(entry.Order) with { TradeId = entry.TradeId, RunId = entry.RunId };
    }

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

using PortfolioOrchestrator.Application.Composition;
using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Paper;
using PortfolioOrchestrator.Paper.Scripting;
using PortfolioOrchestrator.Reporting.Building;

namespace PortfolioOrchestrator.Application.UseCases;

/// <summary>An order of the paper venue as <c>po paper orders --json</c> shows it: money in dollars, quantities in shares.</summary>
public sealed record PaperOrderLine(
    string ClientOrderId,
    string Symbol,
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
    DateTimeOffset SubmittedAt);

/// <summary><c>po paper orders</c> / <c>po paper account</c> and <c>paper_orders</c> / <c>paper_account</c>: what the persistent paper venue holds.</summary>
public static class PaperQuery
{
    public static async Task<IReadOnlyList<PaperOrderLine>> OrdersAsync(PoEnvironment environment, string stateOption, CancellationToken cancellationToken)
    {
        using var venue = Open(environment, stateOption);
        return [.. (await venue.ListOrdersAsync(cancellationToken)).Select(ToLine)];
    }

    public static async Task<PaperAccountView> AccountAsync(PoEnvironment environment, string stateOption, CancellationToken cancellationToken)
    {
        using var venue = Open(environment, stateOption);
        return PaperAccountView.Of(
            await venue.ReadAccountAsync(cancellationToken),
            await venue.ListPositionsAsync(cancellationToken),
            (await venue.ListOrdersAsync(cancellationToken)).Count);
    }

    private static PaperVenue Open(PoEnvironment environment, string state) =>
        PaperStateFile.Open(environment.ResolvePath(state), PaperScript.Standard, environment.Clock);

    private static PaperOrderLine ToLine(BrokerOrder order) => new(
        order.ClientOrderId.Value,
        order.Ticker.Value,
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

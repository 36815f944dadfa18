using PortfolioOrchestrator.Domain.Broker;

namespace PortfolioOrchestrator.Paper.Simulation;

/// <summary>Builds the stored form of an entry order from the request and what the venue did with it.</summary>
internal static class PaperOrders
{
    public static BrokerOrder Entry(OrderRequest request, PaperExecution execution, DateTimeOffset now) => new()
    {
        ClientOrderId = request.ClientOrderId,
        BrokerOrderId = string.Empty,
        Ticker = request.Ticker,
        Side = request.Side,
        Type = OrderType.Market,
        Account = request.Account,
        Notional = request.Notional,
        Status = execution.Status,
        FilledQuantity = execution.Quantity,
        FilledAveragePrice = execution.FillPrice,
        FilledNotional = execution.FilledDollars,
        SubmittedAt = now,
        FilledAt = execution.Filled ? now : null,
        RejectReason = execution.RejectReason,
        Fills = execution.Filled && execution.FillPrice is { } price
            ? [new Fill(request.ClientOrderId.Value + "-f1", execution.Quantity, price, now)]
            : [],
    };
}

using PortfolioOrchestrator.Domain.Accounts;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Reporting.Model;
using PortfolioOrchestrator.Reporting.Numbers;

namespace PortfolioOrchestrator.Reporting.Building;

/// <summary>STEP 3F's log line for one trade, in the report's words.</summary>
internal static class TradeReports
{
    /// <param name="execution">The trade as the journal holds it.</param>
    /// <param name="runStatus">The run's status (a stopped run reports QUEUED and UNRESOLVED trades).</param>
    /// <param name="runVenue">The run header's venue name (<see cref="VenueNames"/>).</param>
    public static TradeReport From(TradeExecution execution, RunStatus runStatus, string runVenue)
    {
        var trade = execution.Trade;
        return new TradeReport
        {
            TradeId = trade.TradeId.Value,
            Ticker = trade.Ticker.Value,
            Side = ContractNames.Of(trade.Side),
            Account = trade.Account?.Value,
            Venue = VenueNames.For(runVenue, trade.Account),
            Sector = trade.Sector?.Value,
            SizeDollars = trade.SizeDollars.Dollars,
            Status = ContractNames.Of(execution.Status, runStatus),
            Conviction = trade.Conviction,
            ApprovalTimestamp = trade.ApprovalTimestamp,
            ClientOrderId = execution.ClientOrderId?.Value,
            ExecutionPrice = execution.Fill?.Price.Dollars,
            ExecutionQuantity = execution.Fill?.Quantity,
            FilledDollars = execution.Fill?.FilledDollars.Dollars,
            ExecutionTimestamp = ExchangeTime.Of(execution.Fill?.At),
            SlippageBps = ReportRatio.Of(execution.SlippageBps),
            MarketPriceAtSubmission = execution.MarketPriceAtSubmission?.Dollars,
            MarketSlippageBps = ReportRatio.Of(execution.MarketSlippageBps),
            BufferAfter = ReportRatio.Of(execution.BufferAfter),
            Flags = [.. execution.Flags.Select(ContractNames.Of)],
            StopLossOrder = execution.StopLossOrder is { } stop ? ProtectiveOrderFrom(stop) : null,
            AdditionalStopLossOrders = [.. execution.AdditionalStopLossOrders.Select(ProtectiveOrderFrom)],
            ProfitTargetOrders = [.. execution.ProfitTargetOrders.Select(ProtectiveOrderFrom)],
            Unprotected = execution.Unprotected,
            Reason = execution.Reason,
            EarlierRunId = execution.EarlierRunId?.Value,
        };
    }

    private static ProtectiveOrderReport ProtectiveOrderFrom(ProtectiveOrder order) => new()
    {
        ClientOrderId = order.ClientOrderId.Value,
        Type = ContractNames.Of(order.Type),
        Quantity = order.Quantity,
        StopPrice = order.StopPrice?.Dollars,
        LimitPrice = order.LimitPrice?.Dollars,
        Status = ContractNames.Of(order.Status),
        ExpiresAt = order.ExpiresAt,
    };
}

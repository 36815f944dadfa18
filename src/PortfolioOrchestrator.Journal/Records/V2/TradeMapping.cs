using PortfolioOrchestrator.Domain.Runs;
using V1Orders = PortfolioOrchestrator.Journal.Records.V1.ProtectiveOrderMapping;
using V1Record = PortfolioOrchestrator.Journal.Records.V1.TradeRecord;
using V1Trades = PortfolioOrchestrator.Journal.Records.V1.TradeMapping;

namespace PortfolioOrchestrator.Journal.Records.V2;

/// <summary>A trade of a run to and from its version-2 record; what version 1 also holds maps as version 1 maps it.</summary>
internal static class TradeMapping
{
    public static TradeRecord ToRecord(TradeExecution trade)
    {
        var v1 = V1Trades.ToRecord(trade);
        return new TradeRecord
        {
            Sequence = v1.Sequence,
            Trade = v1.Trade,
            Status = v1.Status,
            Attempt = v1.Attempt,
            ClientOrderId = v1.ClientOrderId,
            SubmittedAt = v1.SubmittedAt,
            MarketPriceAtSubmission = trade.MarketPriceAtSubmission?.Dollars,
            Fill = v1.Fill,
            SlippageBps = v1.SlippageBps,
            MarketSlippageBps = trade.MarketSlippageBps,
            BufferAfter = v1.BufferAfter,
            Flags = v1.Flags,
            StopLossOrder = trade.StopLossOrder is { } stop ? ToRecord(stop) : null,
            AdditionalStopLossOrders = [.. trade.AdditionalStopLossOrders.Select(ToRecord)],
            ProfitTargetOrders = [.. trade.ProfitTargetOrders.Select(ToRecord)],
            ProtectionPlaced = v1.ProtectionPlaced,
            Unprotected = v1.Unprotected,
            Reason = v1.Reason,
            EarlierRunId = v1.EarlierRunId,
        };
    }

    public static TradeExecution ToDomain(TradeRecord record)
    {
        var v1 = V1Trades.ToDomain(new V1Record
        {
            Sequence = record.Sequence,
            Trade = record.Trade,
            Status = record.Status,
            Attempt = record.Attempt,
            ClientOrderId = record.ClientOrderId,
            SubmittedAt = record.SubmittedAt,
            Fill = record.Fill,
            SlippageBps = record.SlippageBps,
            BufferAfter = record.BufferAfter,
            Flags = record.Flags,
            ProtectionPlaced = record.ProtectionPlaced,
            Unprotected = record.Unprotected,
            Reason = record.Reason,
            EarlierRunId = record.EarlierRunId,
        });
        return v1 with
        {
            MarketPriceAtSubmission = record.MarketPriceAtSubmission is { } price ? Domain.Primitives.Money.FromDollars(price) : null,
            MarketSlippageBps = record.MarketSlippageBps,
            StopLossOrder = record.StopLossOrder is { } stop ? ToDomain(stop) : null,
            AdditionalStopLossOrders = [.. (record.AdditionalStopLossOrders ?? []).Select(ToDomain)],
            ProfitTargetOrders = [.. (record.ProfitTargetOrders ?? []).Select(ToDomain)],
        };
    }

    private static ProtectiveOrderRecord ToRecord(ProtectiveOrder order)
    {
        var v1 = V1Orders.ToRecord(order);
        return new ProtectiveOrderRecord
        {
            ClientOrderId = v1.ClientOrderId,
            Type = v1.Type,
            Quantity = v1.Quantity,
            StopPrice = v1.StopPrice,
            LimitPrice = v1.LimitPrice,
            Status = v1.Status,
            LinkGroup = v1.LinkGroup,
            ExpiresAt = order.ExpiresAt,
        };
    }

    private static ProtectiveOrder ToDomain(ProtectiveOrderRecord record) => V1Orders.ToDomain(new V1.ProtectiveOrderRecord
    {
        ClientOrderId = record.ClientOrderId,
        Type = record.Type,
        Quantity = record.Quantity,
        StopPrice = record.StopPrice,
        LimitPrice = record.LimitPrice,
        Status = record.Status,
        LinkGroup = record.LinkGroup,
    }) with { ExpiresAt = record.ExpiresAt };
}

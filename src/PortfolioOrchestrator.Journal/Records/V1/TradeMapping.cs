using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Journal.Records.V1;

/// <summary>A trade of a run to and from its version-1 record, field by field.</summary>
internal static class TradeMapping
{
    public static TradeRecord ToRecord(TradeExecution trade) => new()
    {
        Sequence = trade.Sequence,
        Trade = QaTradeMapping.ToRecord(trade.Trade),
        Status = Spellings.TradeStatus.Write(trade.Status),
        Attempt = trade.Attempt,
        ClientOrderId = trade.ClientOrderId?.Value,
        SubmittedAt = trade.SubmittedAt,
        Fill = trade.Fill is { } fill ? new FillRecord { Price = fill.Price.Dollars, Quantity = fill.Quantity, FilledDollars = fill.FilledDollars.Dollars, At = fill.At } : null,
        SlippageBps = trade.SlippageBps,
        BufferAfter = trade.BufferAfter?.Fraction,
        Flags = [.. trade.Flags.Select(Spellings.TradeFlag.Write)],
        StopLossOrder = trade.StopLossOrder is { } stop ? ProtectiveOrderMapping.ToRecord(stop) : null,
        AdditionalStopLossOrders = [.. trade.AdditionalStopLossOrders.Select(ProtectiveOrderMapping.ToRecord)],
        ProfitTargetOrders = [.. trade.ProfitTargetOrders.Select(ProtectiveOrderMapping.ToRecord)],
        ProtectionPlaced = trade.ProtectionPlaced,
        Unprotected = trade.Unprotected,
        Reason = trade.Reason,
        EarlierRunId = trade.EarlierRunId?.Value,
    };

    public static TradeExecution ToDomain(TradeRecord record) => new()
    {
        Sequence = record.Sequence,
        Trade = QaTradeMapping.ToDomain(record.Trade),
        Status = Spellings.TradeStatus.Read(record.Status),
        Attempt = record.Attempt,
        ClientOrderId = record.ClientOrderId is { } id ? ClientOrderId.Create(id) : null,
        SubmittedAt = record.SubmittedAt,
        Fill = record.Fill is { } fill ? new TradeFill(Money.FromDollars(fill.Price), fill.Quantity, Money.FromDollars(fill.FilledDollars), fill.At) : null,
        SlippageBps = record.SlippageBps,
        BufferAfter = record.BufferAfter is { } buffer ? Ratio.FromFraction(buffer) : null,
        Flags = [.. (record.Flags ?? []).Select(Spellings.TradeFlag.Read)],
        StopLossOrder = record.StopLossOrder is { } stop ? ProtectiveOrderMapping.ToDomain(stop) : null,
        AdditionalStopLossOrders = [.. (record.AdditionalStopLossOrders ?? []).Select(ProtectiveOrderMapping.ToDomain)],
        ProfitTargetOrders = [.. (record.ProfitTargetOrders ?? []).Select(ProtectiveOrderMapping.ToDomain)],
        ProtectionPlaced = record.ProtectionPlaced,
        Unprotected = [.. record.Unprotected ?? []],
        Reason = record.Reason,
        EarlierRunId = record.EarlierRunId is { } earlier ? RunId.Create(earlier) : null,
    };
}

using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.QualityAssurance;

namespace PortfolioOrchestrator.Journal.Records.V1;

/// <summary>A QA trade to and from its version-1 record.</summary>
internal static class QaTradeMapping
{
    public static QaTradeRecord ToRecord(QaTrade trade) => new()
    {
        TradeId = trade.TradeId.Value,
        Ticker = trade.Ticker.Value,
        Side = Spellings.TradeSide.Write(trade.Side),
        SizeDollars = trade.SizeDollars.Dollars,
        Account = trade.Account?.Value,
        Sector = trade.Sector?.Value,
        Conviction = trade.Conviction,
        Gate = trade.Gate,
        ApprovalTimestamp = trade.ApprovalTimestamp,
        LastKnownPrice = trade.LastKnownPrice?.Dollars,
        StopLoss = trade.StopLoss is { } stop ? new StopLossRecord { Price = stop.Price.Dollars } : null,
        ProfitTargets = [.. trade.ProfitTargets.Select(t => new ProfitTargetRecord { Price = t.Price.Dollars, PercentOfPosition = t.PercentOfPosition })],
        ReportIndex = trade.ReportIndex,
    };

    public static QaTrade ToDomain(QaTradeRecord record) => new()
    {
        TradeId = TradeId.Create(record.TradeId),
        Ticker = Ticker.Create(record.Ticker),
        Side = Spellings.TradeSide.Read(record.Side),
        SizeDollars = Money.FromDollars(record.SizeDollars),
        Account = record.Account is { } account ? AccountId.Create(account) : null,
        Sector = record.Sector is { } sector ? SectorName.Create(sector) : null,
        Conviction = record.Conviction,
        Gate = record.Gate,
        ApprovalTimestamp = record.ApprovalTimestamp,
        LastKnownPrice = record.LastKnownPrice is { } price ? Money.FromDollars(price) : null,
        StopLoss = record.StopLoss is { } stop ? new StopLossSpec(Money.FromDollars(stop.Price)) : null,
        ProfitTargets = [.. (record.ProfitTargets ?? []).Select(t => new ProfitTargetSpec(Money.FromDollars(t.Price), t.PercentOfPosition))],
        ReportIndex = record.ReportIndex,
    };
}

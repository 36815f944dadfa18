using PortfolioOrchestrator.Domain.Positions;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.QualityAssurance;

namespace PortfolioOrchestrator.Journal.Records.V1;

/// <summary>A position's lots to and from their version-1 record.</summary>
internal static class PositionLotsMapping
{
    public static PositionLotsRecord ToRecord(PositionLots position) => new()
    {
        Account = position.Account.Value,
        Ticker = position.Ticker.Value,
        Lots = [.. position.Lots.Select(ToRecord)],
    };

    public static PositionLots ToDomain(PositionLotsRecord record) => new(
        AccountId.Create(record.Account),
        Ticker.Create(record.Ticker),
        [.. (record.Lots ?? throw new InvalidDataException("\"lots\" is missing")).Select(ToDomain)]);

    private static LotRecord ToRecord(Lot lot) => new()
    {
        LotId = lot.Id.Value,
        Quantity = lot.Quantity,
        RunId = lot.RunId?.Value,
        TradeId = lot.TradeId?.Value,
        OpenedAt = lot.OpenedAt,
        StopPrice = lot.Stop?.Price.Dollars,
        Targets = [.. lot.Targets.Select(t => new ProfitTargetRecord { Price = t.Price.Dollars, PercentOfPosition = t.PercentOfPosition })],
        Generation = lot.Generation,
        ProtectiveOrders = [.. lot.ProtectiveOrders.Select(ProtectiveOrderMapping.ToRecord)],
        Unprotected = lot.Unprotected,
    };

    private static Lot ToDomain(LotRecord record) => new()
    {
        Id = LotId.Create(record.LotId),
        Quantity = record.Quantity,
        RunId = record.RunId is { } run ? RunId.Create(run) : null,
        TradeId = record.TradeId is { } trade ? TradeId.Create(trade) : null,
        OpenedAt = record.OpenedAt,
        Stop = record.StopPrice is { } stop ? new StopLossSpec(Money.FromDollars(stop)) : null,
        Targets = [.. (record.Targets ?? []).Select(t => new ProfitTargetSpec(Money.FromDollars(t.Price), t.PercentOfPosition))],
        Generation = record.Generation,
        ProtectiveOrders = [.. (record.ProtectiveOrders ?? []).Select(ProtectiveOrderMapping.ToDomain)],
        Unprotected = record.Unprotected ?? [],
    };
}

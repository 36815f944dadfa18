using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Journal.Records.V1;

/// <summary>PORTFOLIO.md as read to and from its version-1 record.</summary>
internal static class PortfolioMapping
{
    public static PortfolioRecord ToRecord(PortfolioSnapshot portfolio) => new()
    {
        LastUpdated = portfolio.LastUpdated,
        TotalValue = portfolio.TotalValue.Dollars,
        TotalCash = portfolio.TotalCash.Dollars,
        Accounts = [.. portfolio.Accounts.Select(a => new AccountRecord { Account = a.Account.Value, Type = a.Type, Cash = a.Cash.Dollars })],
        Positions = [.. portfolio.Positions.Select(p => new PositionRecord
        {
            Ticker = p.Ticker.Value,
            Account = p.Account.Value,
            Sector = p.Sector.Value,
            Quantity = p.Quantity,
            Price = p.Price.Dollars,
            MarketValue = p.MarketValue.Dollars,
        })],
        StatedSectors = [.. portfolio.StatedSectors.Select(s => new StatedSectorRecord { Sector = s.Sector.Value, Value = s.Value?.Dollars, Allocation = s.Allocation?.Fraction })],
        Warnings = portfolio.Warnings,
    };

    public static PortfolioSnapshot ToDomain(PortfolioRecord record) => new()
    {
        LastUpdated = record.LastUpdated,
        TotalValue = Money.FromDollars(record.TotalValue),
        TotalCash = Money.FromDollars(record.TotalCash),
        Accounts = [.. (record.Accounts ?? []).Select(a => new AccountBalance(AccountId.Create(a.Account), a.Type, Money.FromDollars(a.Cash)))],
        Positions = [.. (record.Positions ?? []).Select(p => new Position(
            Ticker.Create(p.Ticker),
            AccountId.Create(p.Account),
            SectorName.Create(p.Sector),
            p.Quantity,
            Money.FromDollars(p.Price),
            Money.FromDollars(p.MarketValue)))],
        StatedSectors = [.. (record.StatedSectors ?? []).Select(s => new StatedSectorAllocation(
            SectorName.Create(s.Sector),
            s.Value is { } value ? Money.FromDollars(value) : null,
            s.Allocation is { } allocation ? Ratio.FromFraction(allocation) : null))],
        Warnings = [.. record.Warnings ?? []],
    };
}

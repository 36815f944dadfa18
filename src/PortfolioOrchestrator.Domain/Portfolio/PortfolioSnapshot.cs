using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Domain.Portfolio;

/// <summary>
/// PORTFOLIO.md as read: when it was last updated, its total value (cash included) and total cash in
/// dollars, its accounts and positions. Sector values are derived from the positions
/// (<see cref="SectorValues"/>), computed once.
/// </summary>
public sealed record PortfolioSnapshot
{
    private IReadOnlyDictionary<SectorName, Money>? _sectorValues;

    public required DateTimeOffset LastUpdated { get; init; }

    /// <summary>Total value in dollars, cash included; the denominator of every buffer and allocation.</summary>
    public required Money TotalValue { get; init; }

    /// <summary>Cash across all accounts, in dollars.</summary>
    public required Money TotalCash { get; init; }

    public IReadOnlyList<AccountBalance> Accounts { get; init; } = [];

    public IReadOnlyList<Position> Positions { get; init; } = [];

    /// <summary>The file's own Sector Allocations table, if it has one (informational).</summary>
    public IReadOnlyList<StatedSectorAllocation> StatedSectors { get; init; } = [];

    /// <summary>Things the reader noticed that are not errors (shown in the report).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Market value per sector, summed from the positions.</summary>
    public IReadOnlyDictionary<SectorName, Money> SectorValues => _sectorValues ??= SumBySector(Positions);

    /// <summary>Live allocation of a sector: its market value over the total value.</summary>
    public Ratio AllocationOf(SectorName sector) =>
        TotalValue.IsPositive && SectorValues.TryGetValue(sector, out var value) ? value / TotalValue : Ratio.FromFraction(0m);

    public bool HasAccount(AccountId account) => Accounts.Any(a => a.Account == account);

    private static Dictionary<SectorName, Money> SumBySector(IReadOnlyList<Position> positions)
    {
        var sums = new Dictionary<SectorName, Money>();
        foreach (var position in positions)
        {
            sums[position.Sector] = sums.GetValueOrDefault(position.Sector) + position.MarketValue;
        }

        return sums;
    }
}

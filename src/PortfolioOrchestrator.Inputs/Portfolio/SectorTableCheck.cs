using System.Globalization;
using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Inputs.Portfolio;

/// <summary>
/// Compares the file's Sector Allocations table with the allocations the positions give. More than
/// 0.5 percentage points apart is a warning and the positions win (CONTRACT §3).
/// </summary>
internal static class SectorTableCheck
{
    /// <summary>Percentage points the stated table may differ from the positions before a warning.</summary>
    public const decimal TolerancePoints = 0.5m;

    public static IEnumerable<string> Warnings(PortfolioSnapshot portfolio)
    {
        if (portfolio.StatedSectors.Count == 0 || !portfolio.TotalValue.IsPositive)
        {
            yield break;
        }

        var stated = new HashSet<SectorName>();
        foreach (var row in portfolio.StatedSectors)
        {
            stated.Add(row.Sector);
            var statedRatio = row.Allocation ?? (row.Value is { } value ? value / portfolio.TotalValue : (Ratio?)null);
            if (statedRatio is null)
            {
                continue;
            }

            var live = IsCash(row.Sector) && !portfolio.SectorValues.ContainsKey(row.Sector)
                ? portfolio.TotalCash / portfolio.TotalValue
                : portfolio.AllocationOf(row.Sector);
            if (Math.Abs(statedRatio.Value.PointsAbove(live)) > TolerancePoints)
            {
                yield return $"Sector Allocations says {row.Sector} is {statedRatio.Value} but the positions make it {live} (more than {Points()} percentage points apart); the positions are used";
            }
        }

        foreach (var sector in portfolio.SectorValues.Keys.Where(s => !stated.Contains(s)))
        {
            var live = portfolio.AllocationOf(sector);
            if (live.Percent > TolerancePoints)
            {
                yield return $"Sector Allocations does not list {sector}, which the positions make {live}; the positions are used";
            }
        }
    }

    private static bool IsCash(SectorName sector) => sector.Key.StartsWith("CASH", StringComparison.Ordinal);

    private static string Points() => TolerancePoints.ToString("0.0", CultureInfo.InvariantCulture);
}

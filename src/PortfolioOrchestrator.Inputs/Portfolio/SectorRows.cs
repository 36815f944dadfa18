using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Inputs.Markdown;
using PortfolioOrchestrator.Inputs.Text;

namespace PortfolioOrchestrator.Inputs.Portfolio;

/// <summary>Reads the Sector Allocations table as written. It is informational: the positions are the authority.</summary>
internal static class SectorRows
{
    private const string Table = "Sector Allocations";

    public static IReadOnlyList<StatedSectorAllocation> Read(IReadOnlyList<ScannedTable> tables, ProblemList problems)
    {
        var sectors = new List<StatedSectorAllocation>();
        var lines = new Dictionary<SectorName, int>();
        foreach (var table in tables)
        {
            var columns = ColumnMap.Find(table.Header.Cells, Column.Sector, Column.MarketValue, Column.Allocation);
            if (!columns.Has(Column.Sector))
            {
                problems.Add(table.Header.Line, Table, "a Sector column in the Sector Allocations table", AccountRows.Columns(table));
                continue;
            }

            var rowNumber = 0;
            foreach (var row in table.Rows)
            {
                rowNumber++;
                if (TotalsRow.Is(row) || TotalsRow.IsEmpty(row))
                {
                    continue;
                }

                var cells = new RowReader(columns, row, Table, rowNumber, problems);
                var name = cells.Text(Column.Sector);
                var nameProblem = IdentifierText.NameProblem(name, "a sector name");
                if (nameProblem is not null)
                {
                    cells.Problem(Column.Sector, nameProblem);
                }

                var before = problems.Count;
                var value = cells.Money(Column.MarketValue, required: false);
                var percent = cells.Percent(Column.Allocation, required: false);
                if (nameProblem is not null || problems.Count != before)
                {
                    continue;
                }

                var sector = SectorName.Create(name!);
                if (lines.TryGetValue(sector, out var earlier))
                {
                    cells.Issue(Column.Sector, $"sector {sector} is listed twice (lines {earlier} and {row.Line})", "each sector once");
                    continue;
                }

                lines[sector] = row.Line;
                sectors.Add(new StatedSectorAllocation(
                    sector, value is { } v ? Money.FromDollars(v) : null, percent is { } p ? Ratio.FromPercent(p) : null));
            }
        }

        return sectors;
    }
}

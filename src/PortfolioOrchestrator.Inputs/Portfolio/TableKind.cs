using PortfolioOrchestrator.Inputs.Markdown;

namespace PortfolioOrchestrator.Inputs.Portfolio;

/// <summary>What a table of PORTFOLIO.md is.</summary>
internal enum TableKind
{
    Other,
    Positions,
    Accounts,
    Sectors,
}

/// <summary>Tells a table's kind by its nearest telling heading, or failing that by its columns.</summary>
internal static class TableClassifier
{
    public static TableKind Classify(ScannedTable table)
    {
        foreach (var heading in table.Headings)
        {
            var kind = ByHeading(heading);
            if (kind != TableKind.Other)
            {
                return kind;
            }
        }

        var columns = ColumnMap.Find(table.Header.Cells, Column.Ticker, Column.Sector, Column.Allocation, Column.Account, Column.Cash);
        return columns switch
        {
            _ when columns.Has(Column.Ticker) => TableKind.Positions,
            _ when columns.Has(Column.Sector) && columns.Has(Column.Allocation) => TableKind.Sectors,
            _ when columns.Has(Column.Account) && columns.Has(Column.Cash) => TableKind.Accounts,
            _ => TableKind.Other,
        };
    }

    /// <summary>The section a heading names: positions or holdings, sectors, accounts (in that order of precedence).</summary>
    public static TableKind ByHeading(string heading)
    {
        var words = Words.Set(Words.Normalize(heading));
        if (words.Overlaps(["position", "positions", "holding", "holdings"]))
        {
            return TableKind.Positions;
        }

        if (words.Overlaps(["sector", "sectors"]))
        {
            return TableKind.Sectors;
        }

        return words.Overlaps(["account", "accounts"]) ? TableKind.Accounts : TableKind.Other;
    }

    public static string Name(TableKind kind) => kind switch
    {
        TableKind.Positions => "Positions",
        TableKind.Accounts => "Accounts",
        TableKind.Sectors => "Sector Allocations",
        _ => "table",
    };
}

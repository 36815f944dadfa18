using PortfolioOrchestrator.Inputs.Markdown;

namespace PortfolioOrchestrator.Inputs.Portfolio;

/// <summary>LLMs close tables with a totals row; it restates the rows above and is skipped.</summary>
internal static class TotalsRow
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "total", "totals", "subtotal", "sub total", "grand total", "total portfolio", "portfolio total",
    };

    public static bool Is(TableRowText row) =>
        row.Cells.FirstOrDefault(cell => cell.Trim().Length > 0) is { } first && Names.Contains(Words.Normalize(first));

    public static bool IsEmpty(TableRowText row) => row.Cells.All(cell => cell.Trim().Length == 0);
}

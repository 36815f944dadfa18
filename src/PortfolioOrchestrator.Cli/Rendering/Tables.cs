using Spectre.Console;

namespace PortfolioOrchestrator.Cli.Rendering;

/// <summary>
/// The tables every verb draws: rounded, titled, and made to fit the console's width — text columns
/// wrap, amount columns never split (they keep their width and the text around them wraps instead).
/// </summary>
public static class Tables
{
    public static Table Create(string title) => new Table().Border(TableBorder.Rounded).Title(Markup.Escape(title));

    public static void AddColumns(Table table, params string[] headers)
    {
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(Markup.Escape(header)));
        }
    }

    /// <summary>Columns whose cells are one token each (amounts, ratios): never wrapped.</summary>
    public static void NoWrap(Table table, params int[] columns)
    {
        foreach (var column in columns)
        {
            table.Columns[column].NoWrap();
        }
    }
}

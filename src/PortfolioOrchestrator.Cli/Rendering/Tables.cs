using System.Globalization;
using Spectre.Console;

namespace PortfolioOrchestrator.Cli.Rendering;

/// <summary>
/// The tables every verb draws, made to fit the console's width (80 columns at least): few columns, related
/// facts stacked in one cell, text that wraps between words, and amounts that never split — each amount is
/// one token in a column at least as wide as it.
/// </summary>
public static class Tables
{
    public static Table Create(IAnsiConsole console, string title)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(title));
        if (Consoles.IsNarrow(console))
        {
            table.Border(TableBorder.Minimal);
        }

        return table;
    }

    public static void AddColumns(Table table, params string[] headers)
    {
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(Markup.Escape(header)));
        }
    }

    /// <summary>Columns whose cells are single tokens (amounts, contract words): never wrapped inside.</summary>
    public static void NoWrap(Table table, params int[] columns)
    {
        foreach (var column in columns)
        {
            table.Columns[column].NoWrap();
        }
    }

    /// <summary>
    /// A line a person copies — a command to type, a path — written as it is: never wrapped by the console
    /// (the terminal folds it for the eye, and a copy stays whole).
    /// </summary>
    public static void Verbatim(IAnsiConsole console, string line) => console.Profile.Out.Writer.WriteLine(line);

    /// <summary>A cell of several lines, each escaped.</summary>
    public static string Lines(params string?[] lines) =>
        string.Join('\n', lines.Where(l => !string.IsNullOrEmpty(l)).Select(l => Markup.Escape(l!)));

    public static string Dollars(decimal dollars) => dollars < 0
        ? "-$" + (-dollars).ToString("#,##0.00", CultureInfo.InvariantCulture)
        : "$" + dollars.ToString("#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>A share quantity with at most six decimals.</summary>
    public static string Shares(decimal quantity) => decimal.Round(quantity, 6, MidpointRounding.AwayFromZero).ToString("0.######", CultureInfo.InvariantCulture);
}

using System.Globalization;
using PortfolioOrchestrator.Inputs.Markdown;
using PortfolioOrchestrator.Inputs.Text;

namespace PortfolioOrchestrator.Inputs.Portfolio;

/// <summary>Reads the cells of one table row, reporting each bad cell as <c>Positions row 3, column Market Value</c>.</summary>
internal sealed class RowReader(ColumnMap columns, TableRowText row, string table, int rowNumber, ProblemList problems)
{
    public int Line => row.Line;

    public string? Text(Column column) => columns.Cell(row, column);

    public void Problem(Column column, string expected, string? got) => problems.Add(row.Line, Field(column), expected, got);

    public void Problem(Column column, Mismatch mismatch) => problems.Add(row.Line, Field(column), mismatch);

    public void Issue(Column column, string issue, string expected) => problems.AddIssue(row.Line, Field(column), issue, expected);

    public string Field(Column column) => $"{table} row {rowNumber}, column {ColumnNames.All[column].Display}";

    /// <summary>A non-negative dollar amount, or null (with a problem when it was required or unreadable).</summary>
    public decimal? Money(Column column, bool required) =>
        Number(column, required, NumberText.Money, "a non-negative dollar amount like 5,000.00", Amounts.MaxDollars);

    public decimal? Quantity(Column column, bool required) =>
        Number(column, required, NumberText.Quantity, "a non-negative number of shares like 100", Amounts.MaxQuantity);

    /// <summary>A percentage from 0 to 100, as percent points (24.5 for 24.5 %).</summary>
    public decimal? Percent(Column column, bool required) =>
        Number(column, required, NumberText.Percent, "a percentage from 0 to 100 like 24.5%", 100m);

    private delegate decimal? Parser(string text, out Mismatch? problem);

    private decimal? Number(Column column, bool required, Parser parse, string expectation, decimal max)
    {
        var text = Text(column);
        if (text is null)
        {
            if (required)
            {
                Problem(column, expectation, "an empty cell");
            }

            return null;
        }

        var value = parse(text, out var problem);
        if (value is null)
        {
            Problem(column, problem ?? new Mismatch(expectation, Shown.Quote(text)));
            return null;
        }

        if (value < 0m)
        {
            Problem(column, expectation, "the negative " + Shown.Quote(text));
            return null;
        }

        if (value > max)
        {
            Problem(column, $"{expectation} of at most {max.ToString("#,##0", CultureInfo.InvariantCulture)}", Shown.Quote(text));
            return null;
        }

        return value;
    }
}

using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Inputs.Markdown;
using PortfolioOrchestrator.Inputs.Text;

namespace PortfolioOrchestrator.Inputs.Portfolio;

/// <summary>
/// Reads the Positions table(s). Market Value may be left out when Quantity and Price are given
/// (it is then Quantity × Price); when all three are given and disagree by more than 1 %, Market Value
/// wins and a warning says so.
/// </summary>
internal static class PositionRows
{
    private const string Table = "Positions";

    public static IReadOnlyList<Position> Read(
        IReadOnlyList<ScannedTable> tables, IReadOnlyList<AccountBalance> accounts, ProblemList problems, List<string> warnings)
    {
        var positions = new List<Position>();
        foreach (var table in tables)
        {
            var columns = ColumnMap.Find(table.Header.Cells, Column.Ticker, Column.Account, Column.Sector, Column.Quantity, Column.Price, Column.MarketValue);
            if (!HasNeededColumns(table, columns, problems))
            {
                continue;
            }

            var tableAccount = columns.Has(Column.Account) ? null : ImpliedAccount(table, accounts);
            if (!columns.Has(Column.Account) && tableAccount is null)
            {
                problems.Add(table.Header.Line, Table, "an Account column in the Positions table (it may be left out only when PORTFOLIO.md lists a single account or the section heading names one)", AccountRows.Columns(table));
                continue;
            }

            var rowNumber = 0;
            foreach (var row in table.Rows)
            {
                rowNumber++;
                if (!TotalsRow.Is(row) && !TotalsRow.IsEmpty(row)
                    && ReadRow(new RowReader(columns, row, Table, rowNumber, problems), tableAccount, warnings) is { } position)
                {
                    positions.Add(position);
                }
            }
        }

        return positions;
    }

    private static bool HasNeededColumns(ScannedTable table, ColumnMap columns, ProblemList problems)
    {
        var missing = new List<string>();
        if (!columns.Has(Column.Ticker))
        {
            missing.Add("a Ticker (or Symbol) column");
        }

        if (!columns.Has(Column.Sector))
        {
            missing.Add("a Sector column");
        }

        if (!columns.Has(Column.MarketValue) && !(columns.Has(Column.Quantity) && columns.Has(Column.Price)))
        {
            missing.Add("a Market Value column, or Quantity and Price columns");
        }

        foreach (var what in missing)
        {
            problems.Add(table.Header.Line, Table, $"{what} in the Positions table", AccountRows.Columns(table));
        }

        return missing.Count == 0;
    }

    private static AccountId? ImpliedAccount(ScannedTable table, IReadOnlyList<AccountBalance> accounts)
    {
        var named = accounts.Where(a => table.Headings.Any(h => h.Contains(a.Account.Value, StringComparison.OrdinalIgnoreCase))).ToList();
        return named.Count == 1 ? named[0].Account : accounts.Count == 1 ? accounts[0].Account : null;
    }

    private static Position? ReadRow(RowReader cells, AccountId? tableAccount, List<string> warnings)
    {
        var tickerText = cells.Text(Column.Ticker);
        var ticker = IdentifierText.Ticker(tickerText);
        if (ticker is null)
        {
            cells.Problem(Column.Ticker, IdentifierText.TickerExpectationFor(tickerText), tickerText is null ? "an empty cell" : Shown.Quote(tickerText));
        }

        var account = tableAccount;
        if (account is null)
        {
            var accountText = cells.Text(Column.Account);
            var accountProblem = IdentifierText.IdProblem(accountText, "an account name");
            if (accountProblem is null)
            {
                account = AccountId.Create(accountText!);
            }
            else
            {
                cells.Problem(Column.Account, accountProblem);
            }
        }

        var sectorText = cells.Text(Column.Sector);
        var sectorProblem = IdentifierText.NameProblem(sectorText, "a sector name");
        if (sectorProblem is not null)
        {
            cells.Problem(Column.Sector, sectorProblem);
        }

        var quantity = cells.Quantity(Column.Quantity, required: false);
        var price = cells.Money(Column.Price, required: false);
        var marketValue = cells.Money(Column.MarketValue, required: false);
        var value = MarketValue(cells, ticker, quantity, price, marketValue, warnings);
        if (ticker is null || account is null || sectorProblem is not null || value is null)
        {
            return null;
        }

        var impliedPrice = price ?? (quantity > 0m ? Math.Round(value.Value / quantity.Value, 4, MidpointRounding.AwayFromZero) : 0m);
        return new Position(Ticker.Create(ticker), account.Value, SectorName.Create(sectorText!), quantity ?? 0m, Money.FromDollars(impliedPrice), Money.FromDollars(value.Value));
    }

    private static decimal? MarketValue(RowReader cells, string? ticker, decimal? quantity, decimal? price, decimal? marketValue, List<string> warnings)
    {
        var product = quantity is { } q && price is { } p ? q * p : (decimal?)null;
        if (marketValue is null)
        {
            if (product is null)
            {
                if (cells.Text(Column.MarketValue) is null)
                {
                    cells.Problem(Column.MarketValue, "a Market Value, or a Quantity and a Price to compute it from", "neither");
                }

                return null;
            }

            if (product > Amounts.MaxDollars)
            {
                cells.Issue(Column.MarketValue, $"Quantity × Price is more than {Amounts.MaxDollarsText}", "a real position");
                return null;
            }

            return product;
        }

        if (product is { } computed && Math.Abs(marketValue.Value - computed) > computed * 0.01m)
        {
            warnings.Add($"Positions line {cells.Line}: {ticker ?? "the position"} has Market Value {Money.FromDollars(marketValue.Value)} but Quantity × Price is {Money.FromDollars(computed)} (more than 1% apart); the Market Value is used");
        }

        return marketValue;
    }
}

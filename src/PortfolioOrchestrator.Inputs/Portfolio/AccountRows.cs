using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Inputs.Markdown;
using PortfolioOrchestrator.Inputs.Text;

namespace PortfolioOrchestrator.Inputs.Portfolio;

/// <summary>The Accounts section's rows, and whether their Cash column can stand in for a missing Total Cash line.</summary>
internal sealed record AccountRowsResult(IReadOnlyList<AccountBalance> Accounts, Money? CashSum);

/// <summary>Reads the Accounts table(s): Account required, Type and Cash optional; duplicate names are bad input.</summary>
internal static class AccountRows
{
    private const string Table = "Accounts";

    public static AccountRowsResult Read(IReadOnlyList<ScannedTable> tables, ProblemList problems)
    {
        var before = problems.Count;
        var accounts = new List<AccountBalance>();
        var lines = new Dictionary<AccountId, int>();
        var everyTableHasCash = tables.Count > 0;
        foreach (var table in tables)
        {
            var columns = ColumnMap.Find(table.Header.Cells, Column.Account, Column.Type, Column.Cash);
            if (!columns.Has(Column.Account))
            {
                problems.Add(table.Header.Line, Table, "an Account column in the Accounts table", Columns(table));
                everyTableHasCash = false;
                continue;
            }

            everyTableHasCash &= columns.Has(Column.Cash);
            var rowNumber = 0;
            foreach (var row in table.Rows)
            {
                rowNumber++;
                if (TotalsRow.Is(row) || TotalsRow.IsEmpty(row))
                {
                    continue;
                }

                var cells = new RowReader(columns, row, Table, rowNumber, problems);
                var name = cells.Text(Column.Account);
                var nameProblem = IdentifierText.IdProblem(name, "an account name");
                if (nameProblem is not null)
                {
                    cells.Problem(Column.Account, nameProblem);
                }

                var cash = columns.Has(Column.Cash) ? cells.Money(Column.Cash, required: true) : 0m;
                if (nameProblem is not null || cash is null)
                {
                    continue;
                }

                var account = AccountId.Create(name!);
                if (lines.TryGetValue(account, out var earlier))
                {
                    cells.Issue(Column.Account, $"account {account} is listed twice (lines {earlier} and {row.Line})", "each account once");
                    continue;
                }

                lines[account] = row.Line;
                accounts.Add(new AccountBalance(account, cells.Text(Column.Type) ?? string.Empty, Money.FromDollars(cash.Value)));
            }
        }

        var cashSum = everyTableHasCash && problems.Count == before && accounts.Count > 0
            ? accounts.Aggregate(Money.Zero, (sum, account) => sum + account.Cash)
            : (Money?)null;
        return new AccountRowsResult(accounts, cashSum);
    }

    public static string Columns(ScannedTable table) =>
        table.Header.Cells.Count == 0 ? "no columns" : "columns " + string.Join(", ", table.Header.Cells.Select(Shown.Quote));
}

using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Inputs.Text;

namespace PortfolioOrchestrator.Inputs.Portfolio;

/// <summary>
/// Settles Total Cash and Total Value (CONTRACT §3): cash from its line or the Accounts' Cash column
/// (both given → within $0.01); value from its line or cash + market values (given → within 0.5 %).
/// </summary>
internal static class PortfolioTotals
{
    /// <summary>How far the Total Cash line may be from the Accounts' cash sum.</summary>
    public static readonly Money CashTolerance = Money.FromDollars(0.01m);

    /// <summary>How far Total Value may be from cash + market values, as a share of that sum.</summary>
    public const decimal ValueTolerance = 0.005m;

    public static Money? Cash(LabelValue? line, Money? accountSum, ProblemList problems)
    {
        var stated = line is null ? null : Dollars(line, PortfolioLabel.TotalCash, problems);
        if (line is not null && stated is null)
        {
            return null;
        }

        if (stated is { } fromLine && accountSum is { } sum && Math.Abs((fromLine - sum).Dollars) > CashTolerance.Dollars)
        {
            problems.AddIssue(line!.Line, "Total Cash", $"Total Cash says {fromLine} but the Accounts table's Cash column adds up to {sum}", $"them to agree within {CashTolerance}", $"{fromLine}");
            return null;
        }

        if (stated is null && accountSum is null)
        {
            problems.AddIssue(null, "Total Cash", "Total Cash is required", "a line like **Total Cash:** $45,000.00, or an Accounts table with a Cash column");
        }

        return stated ?? accountSum;
    }

    public static Money? Value(LabelValue? line, Money? computed, ProblemList problems)
    {
        if (line is null)
        {
            return computed;
        }

        var stated = Dollars(line, PortfolioLabel.TotalValue, problems);
        if (stated is { } given && computed is { } sum && Math.Abs((given - sum).Dollars) > sum.Dollars * ValueTolerance)
        {
            problems.AddIssue(line.Line, "Total Value", $"Total Value says {given} but cash + market values is {sum}", "them within 0.5% of each other (Total Value includes cash)", $"{given}");
            return null;
        }

        return stated;
    }

    private static Money? Dollars(LabelValue line, PortfolioLabel label, ProblemList problems)
    {
        var name = PortfolioLabelNames.Display(label);
        var value = LabelText.Read(line.Text, text => (NumberText.Money(text, out var p), p), out var problem);
        if (value is null)
        {
            problems.Add(line.Line, name, problem ?? new Mismatch(NumberText.MoneyExpectation, Shown.Quote(line.Text)));
            return null;
        }

        if (value < 0m || value > Amounts.MaxDollars)
        {
            problems.Add(line.Line, name, $"a non-negative dollar amount of at most {Amounts.MaxDollarsText}", Shown.Quote(line.Text));
            return null;
        }

        return Money.FromDollars(value.Value);
    }
}

using PortfolioOrchestrator.Domain.Inputs;
using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.QualityAssurance;
using PortfolioOrchestrator.Inputs.Text;

namespace PortfolioOrchestrator.Inputs;

/// <summary>Checks the QA report against PORTFOLIO.md once both have been read on their own.</summary>
public static class InputCrossCheck
{
    /// <summary>
    /// An approved trade whose account PORTFOLIO.md does not list (when it lists accounts) is bad input
    /// (CONTRACT §3). Accounts match ignoring case. Trades that are not approved are never sent and are not checked.
    /// </summary>
    public static IReadOnlyList<InputProblem> Check(PortfolioSnapshot portfolio, QaReport report, string qaFileName)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        ArgumentNullException.ThrowIfNull(report);
        var problems = new ProblemList(qaFileName);
        if (portfolio.Accounts.Count == 0)
        {
            return problems.ToList();
        }

        var known = string.Join(", ", portfolio.Accounts.Select(a => a.Account.Value));
        foreach (var trade in report.Trades.Where(t => t.IsApproved && t.Account is not null && !portfolio.HasAccount(t.Account.Value)))
        {
            problems.AddIssue(null, $"trades[{trade.ReportIndex}].account",
                $"trade {trade.TradeId} names account {trade.Account}, which PORTFOLIO.md does not list", $"one of {known}", $"{trade.Account}");
        }

        return problems.ToList();
    }
}

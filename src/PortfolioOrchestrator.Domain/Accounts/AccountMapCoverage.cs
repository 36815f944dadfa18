using PortfolioOrchestrator.Domain.Inputs;
using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.QualityAssurance;

namespace PortfolioOrchestrator.Domain.Accounts;

/// <summary>
/// CONTRACT §7: with <c>--accounts</c>, every account an approved trade names must be mapped to a venue, a
/// trade must name its account (it cannot be routed otherwise), and where PORTFOLIO.md has no Accounts table
/// all its cash belongs to one account, so trades naming several accounts are bad input. Accounts without
/// trades may be left out of the file. Trades that are not approved are never sent and are not checked.
/// </summary>
public static class AccountMapCoverage
{
    public static IReadOnlyList<InputProblem> Problems(AccountMap map, QaReport report, PortfolioSnapshot portfolio, string accountsFile, string qaFile)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(portfolio);
        var problems = new List<InputProblem>();
        var approved = report.Trades.Where(t => t.IsApproved).ToList();
        foreach (var trade in approved.Where(t => t.Account is null))
        {
            problems.Add(new InputProblem(qaFile, null, $"trades[{trade.ReportIndex}].account", "the account the trade is for, one of those --accounts maps", null)
            {
                Issue = $"trade {trade.TradeId} names no account, so --accounts cannot say which venue it goes to",
            });
        }

        var mapped = string.Join(", ", map.Entries.Select(e => e.Account.Value));
        foreach (var group in approved.Where(t => t.Account is not null).GroupBy(t => t.Account!.Value).Where(g => map.Find(g.Key) is null))
        {
            problems.Add(new InputProblem(accountsFile, null, group.Key.Value, $"an entry for every account an approved trade names (mapped: {mapped})", null)
            {
                Issue = $"has no entry for account {group.Key}, which {Trades(group)} name{(group.Count() == 1 ? "s" : string.Empty)}; nothing was sent",
            });
        }

        var named = approved.Where(t => t.Account is not null).Select(t => t.Account!.Value).Distinct().ToList();
        if (portfolio.Accounts.Count == 0 && named.Count > 1)
        {
            problems.Add(new InputProblem(qaFile, null, "trades[*].account", "trades for one account: PORTFOLIO.md has no Accounts table, so all its cash belongs to one account", $"trades for {string.Join(", ", named.Select(a => a.Value).Order(StringComparer.Ordinal))}")
            {
                Issue = "names several accounts while PORTFOLIO.md says how much cash only one of them has",
            });
        }

        return problems;
    }

    private static string Trades(IEnumerable<QaTrade> trades) => "trade " + string.Join(", ", trades.Select(t => t.TradeId.Value));
}

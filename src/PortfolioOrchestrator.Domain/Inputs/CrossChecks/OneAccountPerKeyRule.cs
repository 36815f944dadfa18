using PortfolioOrchestrator.Domain.QualityAssurance;

namespace PortfolioOrchestrator.Domain.Inputs.CrossChecks;

/// <summary>
/// CONTRACT §7: one Alpaca API key opens one Alpaca account, so a run whose approved trades name more than
/// one account cannot go to a single <c>--broker alpaca</c>: a trade would land in another account. It is bad
/// input (exit 2, nothing sent) that names the accounts and points to <c>--accounts</c>. Trades that are not
/// approved are never sent and do not count.
/// </summary>
public static class OneAccountPerKeyRule
{
    /// <summary>The problem, or null when the approved trades name at most one account.</summary>
    /// <param name="report">The QA report.</param>
    /// <param name="qaFileName">The QA report's file as the user named it.</param>
    /// <param name="venue">The single venue the run would use (<c>alpaca</c>).</param>
    public static InputProblem? Check(QaReport report, string qaFileName, string venue)
    {
        ArgumentNullException.ThrowIfNull(report);
        var accounts = report.Trades
            .Where(t => t.IsApproved && t.Account is not null)
            .Select(t => t.Account!.Value.Value)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (accounts.Count <= 1)
        {
            return null;
        }

        return new InputProblem(
            qaFileName,
            null,
            "trades[*].account",
            $"approved trades for one account per --broker {venue} key, or --accounts FILE mapping each account to its own venue (docs/accounts.md)",
            $"approved trades for {accounts.Count} accounts: {string.Join(", ", accounts)}")
        {
            Issue = $"--broker {venue} opens one account (one API key is one {venue} account) but the approved trades name {accounts.Count} accounts ({string.Join(", ", accounts)}); nothing was sent, since a trade must never land in another account",
        };
    }
}

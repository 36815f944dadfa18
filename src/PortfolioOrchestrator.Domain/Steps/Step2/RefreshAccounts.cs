using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.QualityAssurance;
using PortfolioOrchestrator.Domain.Refresh;

namespace PortfolioOrchestrator.Domain.Steps.Step2;

/// <summary>
/// STEP 2C's "Scope: Target account": a QUICK_REFRESH concerns the accounts the queued trades name, in
/// queue order (all of PORTFOLIO.md's when none names one); a FULL_REFRESH every account PORTFOLIO.md
/// lists, in its Accounts table, then its positions, then the trades. CONTRACT Resolution 24.
/// </summary>
public static class RefreshAccounts
{
    public static IReadOnlyList<AccountId> For(RefreshScope scope, PortfolioSnapshot portfolio, IEnumerable<QaTrade> queued)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        var named = Named(queued);
        var listed = portfolio.Accounts.Select(a => a.Account).Concat(portfolio.Positions.Select(p => p.Account)).Distinct().ToList();
        return scope == RefreshScope.Quick && named.Count > 0 ? named : [.. listed.Concat(named).Distinct()];
    }

    /// <summary>The accounts the trades name, each once, in their order.</summary>
    public static IReadOnlyList<AccountId> Named(IEnumerable<QaTrade> trades) => [.. trades.Select(t => t.Account).OfType<AccountId>().Distinct()];
}

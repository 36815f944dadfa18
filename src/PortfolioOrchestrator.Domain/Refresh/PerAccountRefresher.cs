using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Domain.Refresh;

/// <summary>
/// STEP 2C's venue refresh with <c>--accounts</c> (CONTRACT §7: refresh is per account): each venue is asked
/// about the accounts it serves only — a snapshot holding just their cash and positions — and its answer
/// replaces just those accounts' rows. Accounts no venue serves stay as PORTFOLIO.md has them. The refresh
/// completes when every venue's does; the first that does not decides the outcome, naming its accounts.
/// Total cash is the sum of the accounts; total value is cash plus the positions' market values.
/// </summary>
public sealed class PerAccountRefresher(IReadOnlyList<(IPortfolioRefresher Refresher, IReadOnlySet<AccountId> Accounts)> venues) : IPortfolioRefresher
{
    public async Task<RefreshOutcome> RefreshAsync(RefreshRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var merged = request.Current;
        var elapsed = TimeSpan.Zero;
        foreach (var (refresher, accounts) in venues)
        {
            var part = Restrict(request.Current, accounts);
            var outcome = await refresher.RefreshAsync(request with { Current = part }, cancellationToken).ConfigureAwait(false);
            elapsed = outcome.Elapsed > elapsed ? outcome.Elapsed : elapsed;
            if (outcome.Kind != RefreshOutcomeKind.Completed || outcome.Portfolio is not { } fresh)
            {
                return outcome with { Detail = $"{Names(accounts)}: {outcome.Detail}", Elapsed = elapsed };
            }

            merged = Merge(merged, OneAccountCash(fresh, part, accounts), accounts);
        }

        var cash = merged.Accounts.Aggregate(Money.Zero, (sum, a) => sum + a.Cash);
        var invested = merged.Positions.Aggregate(Money.Zero, (sum, p) => sum + p.MarketValue);
        return RefreshOutcome.Completed(merged with { LastUpdated = request.Now, TotalCash = cash, TotalValue = cash + invested }, elapsed);
    }

    /// <summary>The accounts' share of the portfolio: their rows, their positions, their cash.</summary>
    public static PortfolioSnapshot Restrict(PortfolioSnapshot portfolio, IReadOnlySet<AccountId> accounts)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        ArgumentNullException.ThrowIfNull(accounts);
        var rows = portfolio.Accounts.Where(a => accounts.Contains(a.Account)).ToList();
        var positions = portfolio.Positions.Where(p => accounts.Contains(p.Account)).ToList();
        var cash = rows.Aggregate(Money.Zero, (sum, a) => sum + a.Cash);
        return portfolio with
        {
            Accounts = rows,
            Positions = positions,
            TotalCash = cash,
            TotalValue = cash + positions.Aggregate(Money.Zero, (sum, p) => sum + p.MarketValue),
        };
    }

    /// <summary>A venue that reports one total for one account: that total is the account's cash.</summary>
    private static PortfolioSnapshot OneAccountCash(PortfolioSnapshot fresh, PortfolioSnapshot asked, IReadOnlySet<AccountId> accounts)
    {
        var rows = fresh.Accounts.Where(a => accounts.Contains(a.Account)).ToList();
        if (rows.Count == 1 && rows[0].Cash == asked.Accounts.Single().Cash && fresh.TotalCash != rows[0].Cash)
        {
            return fresh with { Accounts = [rows[0] with { Cash = fresh.TotalCash }] };
        }

        return fresh;
    }

    private static PortfolioSnapshot Merge(PortfolioSnapshot merged, PortfolioSnapshot fresh, IReadOnlySet<AccountId> accounts)
    {
        var freshRows = fresh.Accounts.Where(a => accounts.Contains(a.Account)).ToDictionary(a => a.Account);
        return merged with
        {
            Accounts = [.. merged.Accounts.Select(a => freshRows.GetValueOrDefault(a.Account) ?? a)],
            Positions = [.. merged.Positions.Where(p => !accounts.Contains(p.Account)), .. fresh.Positions.Where(p => accounts.Contains(p.Account))],
            Warnings = [.. merged.Warnings, .. fresh.Warnings.Except(merged.Warnings)],
        };
    }

    private static string Names(IEnumerable<AccountId> accounts) => string.Join(", ", accounts.Select(a => a.Value).Order(StringComparer.Ordinal));
}

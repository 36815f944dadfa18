using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Paper;

/// <summary>
/// What a new paper venue is opened with (CONTRACT §6): PORTFOLIO.md's cash per account and its
/// positions per (account, ticker), each at its market value as cost. Used once, the first time a
/// state directory is used; afterwards the venue is its own truth.
/// </summary>
public sealed record PaperOpening(IReadOnlyList<PaperCash> Cash, IReadOnlyList<PaperPosition> Positions)
{
    /// <summary>Dollars within which the Accounts table's cash must add up to Total Cash to be split by account.</summary>
    private const decimal CashTolerance = 0.01m;

    /// <summary>Opening cash for no account in particular and no positions.</summary>
    public static PaperOpening CashOnly(Money cash) => new([new PaperCash(null, cash, cash)], []);

    /// <summary>
    /// The venue for <paramref name="portfolio"/>: where the Accounts table's cash adds up to Total Cash,
    /// each account gets its own; otherwise all cash belongs to the portfolio's one account (the only
    /// account the trades name, else the only one PORTFOLIO.md names), or, where it has several, to no
    /// account in particular.
    /// </summary>
    public static PaperOpening From(PortfolioSnapshot portfolio, IEnumerable<AccountId> tradeAccounts)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        ArgumentNullException.ThrowIfNull(tradeAccounts);
        var accountCash = portfolio.Accounts.Aggregate(Money.Zero, (sum, a) => sum + a.Cash);
        var cash = portfolio.Accounts.Count > 0 && Math.Abs((accountCash - portfolio.TotalCash).Dollars) <= CashTolerance
            ? portfolio.Accounts.Select(a => new PaperCash(a.Account, a.Cash, a.Cash)).ToList()
            : [new PaperCash(OneAccount(portfolio, tradeAccounts), portfolio.TotalCash, portfolio.TotalCash)];
        var positions = portfolio.Positions
            .Where(p => p.Quantity > 0m)
            .GroupBy(p => (p.Account, p.Ticker))
            .Select(g => new PaperPosition(g.Key.Account, g.Key.Ticker, g.Sum(p => p.Quantity), g.Aggregate(Money.Zero, (sum, p) => sum + p.MarketValue)))
            .ToList();
        return new PaperOpening(cash, positions);
    }

    /// <summary>
    /// The opening of the accounts <paramref name="served"/> keeps (a venue that serves only some accounts);
    /// cash opened for no account in particular is kept.
    /// </summary>
    public PaperOpening Only(Func<AccountId, bool> served)
    {
        ArgumentNullException.ThrowIfNull(served);
        return new PaperOpening([.. Cash.Where(c => c.Account is not { } account || served(account))], [.. Positions.Where(p => served(p.Account))]);
    }

    private static AccountId? OneAccount(PortfolioSnapshot portfolio, IEnumerable<AccountId> tradeAccounts)
    {
        var traded = tradeAccounts.Distinct().ToList();
        if (traded.Count == 1)
        {
            return traded[0];
        }

        var named = portfolio.Accounts.Select(a => a.Account).Concat(portfolio.Positions.Select(p => p.Account)).Distinct().ToList();
        return traded.Count == 0 && named.Count == 1 ? named[0] : null;
    }
}

using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Paper;

/// <summary>
/// The paper venue's account as a whole: the cash it was opened with and holds now (every account's,
/// in dollars), when it was opened, and whether it was opened with the portfolio's positions
/// (false: an earlier version opened it with cash only, and it is never re-seeded).
/// </summary>
public sealed record PaperAccount(Money OpeningCash, Money Cash, DateTimeOffset OpenedAt, bool OpenedWithPositions)
{
    /// <summary>Cash per account; an entry without an account is cash any account spends.</summary>
    public IReadOnlyList<PaperCash> Accounts { get; init; } = [];
}

/// <summary>
/// One account's cash at the paper venue, in dollars. <see cref="Account"/> null is cash opened for no
/// account in particular (a portfolio without per-account cash, or a venue of an earlier version).
/// </summary>
public sealed record PaperCash(AccountId? Account, Money OpeningCash, Money Cash);

/// <summary>
/// A holding at the paper venue for one (account, ticker): shares held, shares held back by open sell
/// orders (<see cref="Reserved"/>), and cost — the opening market value plus the net dollars paid
/// into it since (buys minus sells).
/// </summary>
public sealed record PaperPosition(AccountId Account, Ticker Ticker, decimal Quantity, Money Cost)
{
    /// <summary>Shares held back by open sell orders (linked orders count once).</summary>
    public decimal Reserved { get; init; }

    /// <summary>Shares a new sell may take: held minus reserved.</summary>
    public decimal Available => Quantity - Reserved;
}

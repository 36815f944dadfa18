using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Paper;

/// <summary>The paper venue's single account: the cash it was opened with and holds now, in dollars.</summary>
public sealed record PaperAccount(Money OpeningCash, Money Cash, DateTimeOffset OpenedAt);

/// <summary>
/// A holding at the paper venue: shares (negative after selling what it does not hold) and cost, the
/// net dollars paid into the ticker (buys minus sells), so cash plus every cost is the opening cash.
/// </summary>
public sealed record PaperPosition(Ticker Ticker, decimal Quantity, Money Cost);

using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Paper;

/// <summary>
/// What <c>po paper mark</c> did at <see cref="At"/>: the prices it set (dollars per share), the resting
/// orders they crossed (filled as the venue now holds them) and the orders canceled — one-cancels-other
/// siblings of a fill, and orders whose shares were no longer held.
/// </summary>
public sealed record PaperMarkOutcome(
    DateTimeOffset At,
    IReadOnlyDictionary<Ticker, Money> Prices,
    IReadOnlyList<BrokerOrder> Filled,
    IReadOnlyList<BrokerOrder> Canceled);

using PortfolioOrchestrator.Domain.Positions;

namespace PortfolioOrchestrator.Domain.Journal;

/// <summary>
/// The journal's record of STEP 8's tracking outside any run (<c>po monitor</c>, <c>po protect</c>, CONTRACT
/// Resolution 16): lots changed by what the venue reported or by a repair, and the events that say what was done,
/// each commit atomic and durable before it returns.
/// </summary>
public interface IPositionJournal
{
    /// <summary>Every position the journal holds lots of, ordered by account, then ticker.</summary>
    Task<IReadOnlyList<PositionLots>> ListPositionLotsAsync(CancellationToken cancellationToken);

    /// <summary>Replaces the lots of each position in <paramref name="commit"/> and appends its events, all or nothing.</summary>
    Task CommitPositionsAsync(PositionCommit commit, CancellationToken cancellationToken);

    /// <summary>Every tracking event recorded, oldest first.</summary>
    Task<IReadOnlyList<PositionEvent>> ReadPositionEventsAsync(CancellationToken cancellationToken);
}

/// <summary>At <c>At</c>: positions whose lots changed, each replacing what the journal held for its (account, ticker), and the events with them.</summary>
public sealed record PositionCommit(DateTimeOffset At, IReadOnlyList<PositionLots> Positions, IReadOnlyList<PositionEvent> Events);

/// <summary>
/// One thing STEP 8's tracking did or found for a position (<c>protect.cancel</c>, <c>protect.placed</c>,
/// <c>protection.filled</c>, …), with when and in words.
/// </summary>
public sealed record PositionEvent(DateTimeOffset At, Primitives.AccountId Account, Primitives.Ticker Ticker, string Kind, string Detail);

using PortfolioOrchestrator.Domain.Portfolio;

namespace PortfolioOrchestrator.Domain.Refresh;

/// <summary>QUICK_REFRESH (cash and the target accounts) or FULL_REFRESH (everything), STEP 2C.</summary>
public enum RefreshScope
{
    Quick,
    Full,
}

public enum RefreshOutcomeKind
{
    Completed,

    /// <summary>Still outstanding when the engine stopped waiting.</summary>
    Pending,

    Failed,
}

/// <summary>
/// The result of asking Portfolio-Persona's data source for fresh numbers. <see cref="Elapsed"/> is how
/// long it took (or how long it had been outstanding when the wait ended); <see cref="Portfolio"/> is the
/// refreshed snapshot when completed. For a pending refresh, <see cref="ExpectedTotal"/> is when the source
/// expects to finish, measured from the request, or null when it cannot say.
/// </summary>
public sealed record RefreshOutcome(RefreshOutcomeKind Kind, PortfolioSnapshot? Portfolio, TimeSpan Elapsed, TimeSpan? ExpectedTotal, string? Detail)
{
    public static RefreshOutcome Completed(PortfolioSnapshot portfolio, TimeSpan elapsed) => new(RefreshOutcomeKind.Completed, portfolio, elapsed, elapsed, null);

    public static RefreshOutcome Pending(TimeSpan elapsed, TimeSpan? expectedTotal, string detail) => new(RefreshOutcomeKind.Pending, null, elapsed, expectedTotal, detail);

    public static RefreshOutcome Failed(TimeSpan elapsed, string detail) => new(RefreshOutcomeKind.Failed, null, elapsed, null, detail);
}

/// <summary>The port behind STEP 2C's refreshes.</summary>
public interface IPortfolioRefresher
{
    /// <summary>Refreshes <paramref name="current"/>; gives up waiting after <paramref name="timeout"/> (returning <see cref="RefreshOutcomeKind.Pending"/>).</summary>
    Task<RefreshOutcome> RefreshAsync(RefreshScope scope, PortfolioSnapshot current, TimeSpan timeout, CancellationToken cancellationToken);
}

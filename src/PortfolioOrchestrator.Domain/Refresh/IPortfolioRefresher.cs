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
/// long it took (or has been outstanding); <see cref="Portfolio"/> is the refreshed snapshot when completed.
/// </summary>
public sealed record RefreshOutcome(RefreshOutcomeKind Kind, PortfolioSnapshot? Portfolio, TimeSpan Elapsed, string? Detail);

/// <summary>The port behind STEP 2C's refreshes.</summary>
public interface IPortfolioRefresher
{
    /// <summary>Refreshes <paramref name="current"/>; gives up waiting after <paramref name="timeout"/> (returning <see cref="RefreshOutcomeKind.Pending"/>).</summary>
    Task<RefreshOutcome> RefreshAsync(RefreshScope scope, PortfolioSnapshot current, TimeSpan timeout, CancellationToken cancellationToken);
}

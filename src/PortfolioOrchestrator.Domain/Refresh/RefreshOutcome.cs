using PortfolioOrchestrator.Domain.Portfolio;

namespace PortfolioOrchestrator.Domain.Refresh;

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
/// refreshed snapshot when completed, delivered by <see cref="Source"/> (with the file's text when it
/// came as a PORTFOLIO.md). For a pending refresh, <see cref="ExpectedTotal"/> is when the source
/// expects to finish, measured from the request, or null when it cannot say. <see cref="Caveat"/> is a
/// remark the report carries whatever the outcome.
/// </summary>
public sealed record RefreshOutcome(RefreshOutcomeKind Kind, PortfolioSnapshot? Portfolio, TimeSpan Elapsed, TimeSpan? ExpectedTotal, string? Detail)
{
    public RefreshSource Source { get; init; } = RefreshSource.Venue;

    /// <summary>The refreshed PORTFOLIO.md as read, when the refresh delivered one.</summary>
    public string? Text { get; init; }

    public string? Caveat { get; init; }

    public static RefreshOutcome Completed(PortfolioSnapshot portfolio, TimeSpan elapsed) => new(RefreshOutcomeKind.Completed, portfolio, elapsed, elapsed, null);

    public static RefreshOutcome Pending(TimeSpan elapsed, TimeSpan? expectedTotal, string detail) => new(RefreshOutcomeKind.Pending, null, elapsed, expectedTotal, detail);

    public static RefreshOutcome Failed(TimeSpan elapsed, string detail) => new(RefreshOutcomeKind.Failed, null, elapsed, null, detail);
}

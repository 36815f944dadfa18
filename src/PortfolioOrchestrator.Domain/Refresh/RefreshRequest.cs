using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Domain.Refresh;

/// <summary>
/// What STEP 2C asks of the portfolio's source: the <see cref="Scope"/>, the <see cref="Accounts"/> it
/// concerns (QUICK: those the queued trades name; FULL: all), why, and how long the run waits for it
/// (<see cref="Timeout"/>, the policy's <c>refresh_timeout_minutes</c>). <see cref="Current"/> is the
/// portfolio the run started from; a refreshed one must be later than its <c>Last Updated</c>.
/// </summary>
public sealed record RefreshRequest
{
    public required RunId RunId { get; init; }

    public required RefreshScope Scope { get; init; }

    public required PortfolioSnapshot Current { get; init; }

    public required TimeSpan Timeout { get; init; }

    /// <summary>When the engine asks (its clock: with <c>--now</c> on the paper venue, simulated time).</summary>
    public required DateTimeOffset Now { get; init; }

    public IReadOnlyList<AccountId> Accounts { get; init; } = [];

    /// <summary>The accounts the queued trades name: a refreshed PORTFOLIO.md that lists accounts must list these.</summary>
    public IReadOnlyList<AccountId> TradeAccounts { get; init; } = [];

    /// <summary>Why the refresh is asked for, in words for the one who does it.</summary>
    public string Reason { get; init; } = string.Empty;

    /// <summary>The seed's name of the signal: <c>QUICK_REFRESH</c> or <c>FULL_REFRESH</c>.</summary>
    public string Signal => Scope == RefreshScope.Quick ? "QUICK_REFRESH" : "FULL_REFRESH";
}

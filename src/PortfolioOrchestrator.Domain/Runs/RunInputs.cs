using PortfolioOrchestrator.Domain.Policy;
using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.QualityAssurance;
using PortfolioOrchestrator.Domain.Refresh;

namespace PortfolioOrchestrator.Domain.Runs;

/// <summary>
/// What a run was started with, kept so that a resumed run needs nothing else: the parsed portfolio,
/// the policy, the broker spec as typed (<c>paper</c>, <c>paper:script.json</c>, <c>alpaca</c>) and the
/// raw text of each input file for the audit trail. A completed STEP 2C refresh adds the portfolio it
/// delivered (<see cref="Refreshed"/>); from then on the run executes on that one (<see cref="ExecutedOn"/>).
/// </summary>
public sealed record RunInputs
{
    public required PortfolioSnapshot Portfolio { get; init; }

    public required ExecutionPolicy Policy { get; init; }

    /// <summary>The portfolio as QA saw it when approving (STEP 2A compares against it).</summary>
    public QaPortfolioContext QaContext { get; init; } = new();

    public required string BrokerSpec { get; init; }

    /// <summary>Whether the clock was fixed with <c>--now</c> (simulated time on the paper venue).</summary>
    public DateTimeOffset? FixedNow { get; init; }

    public IReadOnlyDictionary<string, string> SourceTexts { get; init; } = new Dictionary<string, string>();

    public string? OutputDirectory { get; init; }

    /// <summary>The full path of the PORTFOLIO.md the run was given, where a refresh by another program writes; null in runs from before it was kept.</summary>
    public string? PortfolioPath { get; init; }

    /// <summary><c>--refresh</c> as given (<c>venue</c>, <c>command:CMD</c>, <c>persona</c>); null in runs from before it was kept, which refreshed from the venue.</summary>
    public string? RefreshMode { get; init; }

    /// <summary>What a completed STEP 2C refresh delivered, or null.</summary>
    public RefreshedPortfolio? Refreshed { get; init; }

    /// <summary>The portfolio STEP 3 onwards use: the refreshed one when a refresh completed, else the one the run started from.</summary>
    public PortfolioSnapshot ExecutedOn => Refreshed?.Portfolio ?? Portfolio;
}

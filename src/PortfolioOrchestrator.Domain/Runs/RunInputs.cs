using PortfolioOrchestrator.Domain.Policy;
using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.QualityAssurance;

namespace PortfolioOrchestrator.Domain.Runs;

/// <summary>
/// What a run was started with, kept so that a resumed run needs nothing else: the parsed portfolio,
/// the policy, the broker spec as typed (<c>paper</c>, <c>paper:script.json</c>, <c>alpaca</c>) and the
/// raw text of each input file for the audit trail.
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
}

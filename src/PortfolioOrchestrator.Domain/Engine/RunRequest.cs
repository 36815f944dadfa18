using PortfolioOrchestrator.Domain.Policy;
using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.QualityAssurance;

namespace PortfolioOrchestrator.Domain.Engine;

/// <summary>A validated request to execute a QA report against a portfolio.</summary>
public sealed record RunRequest
{
    public required PortfolioSnapshot Portfolio { get; init; }

    public required QaReport Report { get; init; }

    public ExecutionPolicy Policy { get; init; } = ExecutionPolicy.Default;

    public required string BrokerSpec { get; init; }

    public DateTimeOffset? FixedNow { get; init; }

    public IReadOnlyDictionary<string, string> SourceTexts { get; init; } = new Dictionary<string, string>();

    public string? OutputDirectory { get; init; }

    /// <summary>The full path of PORTFOLIO.md, where a refresh by another program writes (CONTRACT Resolution 24).</summary>
    public string? PortfolioPath { get; init; }

    /// <summary><c>--refresh</c> as given; kept so a resumed run refreshes the same way.</summary>
    public string? RefreshMode { get; init; }
}

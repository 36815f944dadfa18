using PortfolioOrchestrator.Delivery;
using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Refresh;

/// <summary>
/// What a refresh by another program needs to know of the run: the PORTFOLIO.md path it writes, where
/// po runs, the environment it hands on, the real clock its waits run on (never the simulated one:
/// the other program lives in real time), the run folder a request goes to, and the routing file.
/// </summary>
public sealed record RefreshSetup
{
    /// <summary>The run's PORTFOLIO.md, a full path.</summary>
    public required string PortfolioPath { get; init; }

    public required string WorkingDirectory { get; init; }

    /// <summary>The environment po runs with, handed on to a command (on top of the process's own).</summary>
    public IReadOnlyDictionary<string, string?> Variables { get; init; } = new Dictionary<string, string?>();

    /// <summary>Real time: the waits and their timeout.</summary>
    public required TimeProvider Clock { get; init; }

    /// <summary>The run folder (outbox) of a run, where <c>to-portfolio-persona.md</c> is written.</summary>
    public required Func<RunId, string> OutboxOf { get; init; }

    public RoutingConfig Routing { get; init; } = RoutingConfig.OutboxOnly;
}

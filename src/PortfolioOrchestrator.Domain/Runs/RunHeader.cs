using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Domain.Runs;

/// <summary>
/// The evolving scalar state of a run; trades and escalations are kept beside it. Money in dollars,
/// ratios as fractions.
/// </summary>
public sealed record RunHeader
{
    public required RunId RunId { get; init; }

    public required string ReportId { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    public required string Broker { get; init; }

    public RunStatus Status { get; init; } = RunStatus.Running;

    public RunPhase Phase { get; init; } = RunPhase.Startup;

    public PortfolioState? PortfolioState { get; init; }

    public int TradingDaysElapsed { get; init; }

    public TimeSpan PortfolioAge { get; init; }

    public RefreshStatus Refresh { get; init; } = RefreshStatus.NotNeeded;

    public PreExecutionSummary? PreExecution { get; init; }

    /// <summary>Total value at the start of the run: every buffer's denominator (CONTRACT Resolution 1).</summary>
    public required Money TotalValue { get; init; }

    /// <summary>Cash at the start of STEP 3 (after any refresh).</summary>
    public required Money StartCash { get; init; }

    /// <summary>STEP 3C's running cash: start cash less the accepted buys, plus the accepted sells.</summary>
    public required Money RunningCash { get; init; }

    /// <summary>The queue position STEP 3C continues from.</summary>
    public int NextQueueIndex { get; init; }

    /// <summary>The escalation the run is paused on, if any.</summary>
    public EscalationId? AwaitingEscalation { get; init; }

    public PostExecutionSummary? PostExecution { get; init; }

    public DateOnly? NextReviewDate { get; init; }

    public IReadOnlyList<string> Caveats { get; init; } = [];

    public IReadOnlyList<string> Warnings { get; init; } = [];

    public int EscalationCount { get; init; }

    public RunHeader WithCaveat(string caveat) => Caveats.Contains(caveat) ? this : this with { Caveats = [.. Caveats, caveat] };
}

using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Domain.Policy;

/// <summary>
/// The seed's thresholds. Every value defaults to the seed's; <c>--policy FILE</c> overrides them.
/// </summary>
public sealed record ExecutionPolicy
{
    public static readonly ExecutionPolicy Default = new();

    /// <summary>Healthy cash buffer. <value>The default value is 0.15.</value></summary>
    public Ratio MinBuffer { get; init; } = Ratio.FromFraction(0.15m);

    /// <summary>Below this the buffer is breached. <value>The default value is 0.12.</value></summary>
    public Ratio BufferFloor { get; init; } = Ratio.FromFraction(0.12m);

    /// <summary>Largest allowed sector allocation. <value>The default value is 0.35.</value></summary>
    public Ratio SectorCap { get; init; } = Ratio.FromFraction(0.35m);

    /// <summary>Percentage points above QA's allocation that count as "significantly higher". <value>The default value is 2.0.</value></summary>
    public decimal SectorDriftPoints { get; init; } = 2.0m;

    /// <summary>NYSE sessions PORTFOLIO.md may be behind. <value>The default value is 1.</value></summary>
    public int MaxStalenessTradingDays { get; init; } = 1;

    /// <summary>Age past which same-day data is refreshed. <value>The default value is 2 hours.</value></summary>
    public TimeSpan RefreshAfter { get; init; } = TimeSpan.FromHours(2);

    /// <summary>How long a QUICK_REFRESH is waited for. <value>The default value is 10 minutes.</value></summary>
    public TimeSpan RefreshTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>A refresh outstanding this long is escalated. <value>The default value is 15 minutes.</value></summary>
    public TimeSpan RefreshEscalateAfter { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Slippage above this many basis points is flagged. <value>The default value is 50.</value></summary>
    public decimal SlippageFlagBps { get; init; } = 50m;

    /// <summary>A fill below this share of the order is partial. <value>The default value is 0.90.</value></summary>
    public Ratio PartialFillRatio { get; init; } = Ratio.FromFraction(0.90m);

    /// <summary>Nothing filled this long after submission is a NO_FILL. <value>The default value is 15 minutes.</value></summary>
    public TimeSpan NoFillAfter { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Whether escalation #3 at STEP 2B pauses before any order. <value>The default value is false.</value></summary>
    public bool PauseOnAggregateBreach { get; init; }
}

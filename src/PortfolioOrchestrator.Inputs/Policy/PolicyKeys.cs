namespace PortfolioOrchestrator.Inputs.Policy;

/// <summary>The keys of a <c>--policy</c> file (CONTRACT §2); any other key is bad input.</summary>
internal static class PolicyKeys
{
    public const string MinBuffer = "min_buffer";
    public const string BufferFloor = "buffer_floor";
    public const string SectorCap = "sector_cap";
    public const string SectorDriftPoints = "sector_drift_pp";
    public const string MaxStalenessTradingDays = "max_staleness_trading_days";
    public const string RefreshAfterHours = "refresh_after_hours";
    public const string RefreshTimeoutMinutes = "refresh_timeout_minutes";
    public const string RefreshEscalateMinutes = "refresh_escalate_minutes";
    public const string SlippageFlagBps = "slippage_flag_bps";
    public const string PartialFillRatio = "partial_fill_ratio";
    public const string NoFillMinutes = "no_fill_minutes";
    public const string PauseOnAggregateBreach = "pause_on_aggregate_breach";

    public static readonly IReadOnlyList<string> All =
    [
        MinBuffer, BufferFloor, SectorCap, SectorDriftPoints, MaxStalenessTradingDays, RefreshAfterHours,
        RefreshTimeoutMinutes, RefreshEscalateMinutes, SlippageFlagBps, PartialFillRatio, NoFillMinutes, PauseOnAggregateBreach,
    ];
}

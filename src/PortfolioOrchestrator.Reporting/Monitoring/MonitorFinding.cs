namespace PortfolioOrchestrator.Reporting.Monitoring;

/// <summary>
/// One thing the daily check found: its <see cref="Kind"/> (one of <see cref="MonitorFindingKinds"/>), the
/// position it concerns when it concerns one, and what it means in words.
/// </summary>
public sealed record MonitorFinding(string Kind, string? Ticker, string? Account, string Message)
{
    /// <summary>A finding about the whole portfolio.</summary>
    public static MonitorFinding Of(string kind, string message) => new(kind, null, null, message);
}

/// <summary>The kinds of <see cref="MonitorFinding"/>.</summary>
public static class MonitorFindingKinds
{
    /// <summary>PORTFOLIO.md is older than <c>max_staleness_trading_days</c>: the figures below may no longer hold.</summary>
    public const string StalePortfolio = "STALE_PORTFOLIO";

    /// <summary>A sector is above the cap.</summary>
    public const string SectorCap = "SECTOR_CAP";

    /// <summary>The cash buffer is below the minimum (or the floor).</summary>
    public const string CashBuffer = "CASH_BUFFER";

    /// <summary>The given price reaches a working stop-loss.</summary>
    public const string StopLossReached = "STOP_LOSS_REACHED";

    /// <summary>The given price reaches a working profit target.</summary>
    public const string ProfitTargetReached = "PROFIT_TARGET_REACHED";

    /// <summary>A position could not be checked (no price was given for it).</summary>
    public const string NotChecked = "NOT_CHECKED";

    /// <summary>Whether a finding of <paramref name="kind"/> says only that something was not checked.</summary>
    public static bool IsOnlyUnchecked(string kind) => kind == NotChecked;

    // The lot findings of STEP 8's tracking are named in Tracking.TrackingNames (PROTECTION_MISSING, …).
}

namespace PortfolioOrchestrator.Reporting.Model;

/// <summary>STEP 8's monitoring schedule; every date is an NYSE session.</summary>
public sealed record MonitoringSchedule
{
    /// <summary>Daily portfolio monitoring (sector allocations, cash buffer): the next session after the run's New York date.</summary>
    public required DateOnly DailyCheck { get; init; }

    /// <summary>The first session of the next calendar week (weeks start on Monday).</summary>
    public required DateOnly WeeklyRebalancingReview { get; init; }

    /// <summary>The first session of the next calendar quarter.</summary>
    public required DateOnly QuarterlyThesisValidation { get; init; }

    public required ProtectiveOrderTracking StopLossAndTargetTracking { get; init; }
}

/// <summary>Stop-loss and profit-target tracking: how often, and the protective orders still working.</summary>
public sealed record ProtectiveOrderTracking
{
    /// <summary>Always <c>daily</c>.</summary>
    public required string Frequency { get; init; }

    public required IReadOnlyList<string> OpenOrderIds { get; init; }
}

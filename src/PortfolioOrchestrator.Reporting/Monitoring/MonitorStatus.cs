namespace PortfolioOrchestrator.Reporting.Monitoring;

/// <summary>The words of <c>po monitor</c>'s result and of each position's (CONTRACT Resolution 16).</summary>
public static class MonitorStatus
{
    /// <summary>Everything was checked and is within its limits (exit 0).</summary>
    public const string Ok = "OK";

    /// <summary>Something is out of its limits, or part of what should be checked could not be (exit 4).</summary>
    public const string NeedsAttention = "NEEDS_ATTENTION";

    /// <summary>Nothing was found out of limits, but something could not be checked, so nothing says it is fine (exit 4).</summary>
    public const string NotChecked = "NOT_CHECKED";
}

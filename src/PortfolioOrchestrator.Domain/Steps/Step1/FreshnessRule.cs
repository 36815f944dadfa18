using PortfolioOrchestrator.Domain.Calendar;
using PortfolioOrchestrator.Domain.Policy;

namespace PortfolioOrchestrator.Domain.Steps.Step1;

/// <summary>
/// STEP 1: is PORTFOLIO.md fresh (≤ 1 trading day old)? Trading days are NYSE sessions after the
/// update's date up to and including today's (CONTRACT Resolution 7).
/// </summary>
public sealed class FreshnessRule(ITradingCalendar calendar, ExecutionPolicy policy)
{
    /// <summary>Clock skew tolerated before a future <c>Last Updated</c> is bad input.</summary>
    public static readonly TimeSpan AllowedClockSkew = TimeSpan.FromMinutes(5);

    public Freshness Measure(DateTimeOffset lastUpdated, DateTimeOffset now)
    {
        var age = now - lastUpdated;
        var inFuture = age < -AllowedClockSkew;
        var elapsed = calendar.TradingDaysElapsed(lastUpdated, now);
        return new Freshness(elapsed, age < TimeSpan.Zero ? TimeSpan.Zero : age, inFuture);
    }

    /// <summary>Escalation #1's trigger: more sessions have passed than the policy allows.</summary>
    public bool IsTooStale(Freshness freshness) => freshness.TradingDaysElapsed > policy.MaxStalenessTradingDays;
}

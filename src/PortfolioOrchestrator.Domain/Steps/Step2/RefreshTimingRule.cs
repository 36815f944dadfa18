using PortfolioOrchestrator.Domain.Policy;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Domain.Steps.Step1;

namespace PortfolioOrchestrator.Domain.Steps.Step2;

/// <summary>
/// STEP 2C (Patch 3): ≤ 1 session and ≤ 2 h → CURRENT; ≤ 1 session and older → STALE_WITHIN_DAY
/// (QUICK_REFRESH); more sessions → TOO_STALE (FULL_REFRESH). CONTRACT Resolution 7.
/// </summary>
public sealed class RefreshTimingRule(ExecutionPolicy policy)
{
    public PortfolioState Classify(Freshness freshness) =>
        freshness.TradingDaysElapsed > policy.MaxStalenessTradingDays ? PortfolioState.TooStale
        : freshness.Age > policy.RefreshAfter ? PortfolioState.StaleWithinDay
        : PortfolioState.Current;
}

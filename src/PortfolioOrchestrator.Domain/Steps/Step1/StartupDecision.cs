using PortfolioOrchestrator.Domain.Calendar;
using PortfolioOrchestrator.Domain.Policy;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Domain.Steps.Step1;

/// <summary>STEP 1's decision on the inputs: how old PORTFOLIO.md is, and whether that raises #1 (which pauses).</summary>
public static class StartupDecision
{
    public static StartupAssessment Assess(ITradingCalendar calendar, ExecutionPolicy policy, DateTimeOffset lastUpdated, DateTimeOffset now)
    {
        var rule = new FreshnessRule(calendar, policy);
        var freshness = rule.Measure(lastUpdated, now);
        IReadOnlyList<PreExecutionFinding> findings = rule.IsTooStale(freshness) ? [new(EscalationType.StalePortfolio, Pauses: true)] : [];
        return new StartupAssessment(freshness, findings);
    }
}

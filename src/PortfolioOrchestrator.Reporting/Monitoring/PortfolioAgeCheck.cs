using PortfolioOrchestrator.Domain.Policy;
using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.Steps.Step1;
using static PortfolioOrchestrator.Reporting.Markdown.MarkdownFormat;

namespace PortfolioOrchestrator.Reporting.Monitoring;

/// <summary>A PORTFOLIO.md more NYSE sessions old than <c>max_staleness_trading_days</c> is itself a finding: every figure of the check rests on it.</summary>
internal static class PortfolioAgeCheck
{
    public static IEnumerable<MonitorFinding> Findings(PortfolioSnapshot portfolio, ExecutionPolicy policy, Freshness freshness)
    {
        if (freshness.TradingDaysElapsed > policy.MaxStalenessTradingDays)
        {
            yield return MonitorFinding.Of(
                MonitorFindingKinds.StalePortfolio,
                $"PORTFOLIO.md was last updated {Time(portfolio.LastUpdated)}, {freshness.TradingDaysElapsed} trading days ago (more than the {policy.MaxStalenessTradingDays} allowed): the figures below may no longer hold; ask Portfolio-Persona for a refresh");
        }
    }
}

using PortfolioOrchestrator.Domain.Policy;
using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Steps.Step6;
using PortfolioOrchestrator.Reporting.Building;
using PortfolioOrchestrator.Reporting.Numbers;
using static PortfolioOrchestrator.Reporting.Markdown.MarkdownFormat;

namespace PortfolioOrchestrator.Reporting.Monitoring;

/// <summary>The cash buffer in STEP 6's bands; below the minimum it is a finding.</summary>
internal static class CashBufferCheck
{
    public static MonitorCash Cash(PortfolioSnapshot portfolio, ExecutionPolicy policy)
    {
        var buffer = portfolio.TotalValue.IsPositive ? portfolio.TotalCash / portfolio.TotalValue : Ratio.FromFraction(0m);
        var check = ContractNames.Of(BufferVerificationRule.CheckOf(policy, buffer));
        return new MonitorCash(portfolio.TotalCash.Dollars, portfolio.TotalValue.Dollars, ReportRatio.Of(buffer), ReportRatio.Of(policy.MinBuffer), ReportRatio.Of(policy.BufferFloor), check);
    }

    public static IEnumerable<MonitorFinding> Findings(MonitorCash cash)
    {
        if (cash.Check != "PASS")
        {
            var limit = cash.Check == "FAIL" ? "below the floor of " + Percent(cash.BufferFloor) : "below the " + Percent(cash.MinBuffer) + " minimum";
            yield return MonitorFinding.Of(MonitorFindingKinds.CashBuffer, $"Cash buffer {Percent(cash.Buffer)} is {limit}");
        }
    }
}

using PortfolioOrchestrator.Domain.Steps.Step1;

namespace PortfolioOrchestrator.Reporting.Monitoring;

/// <summary>
/// STEP 8's daily monitoring (CONTRACT Resolution 16): PORTFOLIO.md's age, sector caps, the cash buffer,
/// each position's protective orders against today's prices, and each lot we protect as read at its
/// venue (missing, another quantity, expiring, filled). <c>OK</c> only when everything was
/// checked and is within its limits: a position without a price is <c>NOT_CHECKED</c>, never passed.
/// </summary>
public static class DailyCheck
{
    public static MonitorReport Run(DailyCheckInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var findings = new List<MonitorFinding>();
        var freshness = new FreshnessRule(inputs.Calendar, inputs.Policy).Measure(inputs.Portfolio.LastUpdated, inputs.Now);
        findings.AddRange(PortfolioAgeCheck.Findings(inputs.Portfolio, inputs.Policy, freshness));

        var sectors = SectorCapCheck.Sectors(inputs.Portfolio, inputs.Policy);
        findings.AddRange(SectorCapCheck.Findings(sectors));
        var cash = CashBufferCheck.Cash(inputs.Portfolio, inputs.Policy);
        findings.AddRange(CashBufferCheck.Findings(cash));

        var protection = ProtectionCheck.Run(inputs.Portfolio, inputs.Orders, inputs.Prices);
        findings.AddRange(protection.Findings);
        var (lots, lotFindings) = LotTrackingCheck.Run(inputs);
        findings.AddRange(lotFindings);

        return new MonitorReport
        {
            Date = inputs.Calendar.LocalDate(inputs.Now),
            Status = StatusOf(findings),
            PortfolioLastUpdated = inputs.Portfolio.LastUpdated,
            PortfolioTradingDaysElapsed = freshness.TradingDaysElapsed,
            Sectors = sectors,
            Cash = cash,
            Positions = protection.Positions,
            ProtectiveOrders = protection.Orders,
            Lots = lots,
            Findings = findings,
        };
    }

    private static string StatusOf(IReadOnlyList<MonitorFinding> findings) =>
        findings.Any(f => !MonitorFindingKinds.IsOnlyUnchecked(f.Kind)) ? MonitorStatus.NeedsAttention
        : findings.Count > 0 ? MonitorStatus.NotChecked
        : MonitorStatus.Ok;
}

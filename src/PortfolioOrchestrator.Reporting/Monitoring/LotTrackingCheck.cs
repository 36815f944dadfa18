using PortfolioOrchestrator.Domain.Calendar;
using PortfolioOrchestrator.Domain.Steps.Step8;
using PortfolioOrchestrator.Reporting.Tracking;

namespace PortfolioOrchestrator.Reporting.Monitoring;

/// <summary>
/// CONTRACT Resolution 16 in the daily check: each lot we protect, as read at its venue — missing protection, another
/// quantity, an expiry within 5 sessions, a protective fill taken in, shares the venue no longer holds — each a finding;
/// a lot that could not be read is <c>NOT_CHECKED</c>.
/// </summary>
internal static class LotTrackingCheck
{
    public static (IReadOnlyList<TrackedLot> Lots, IReadOnlyList<MonitorFinding> Findings) Run(DailyCheckInputs inputs)
    {
        var lots = new List<TrackedLot>();
        var findings = new List<MonitorFinding>();
        foreach (var condition in inputs.Lots)
        {
            lots.Add(TrackedLot.From(condition, LotFindings.StatusOf(condition)));
            findings.AddRange(LotFindings.Describe(condition, inputs.Fills, inputs.Now, inputs.Calendar).Select(f =>
                new MonitorFinding(TrackingNames.Of(f.Kind), condition.View.Ticker.Value, condition.View.Account.Value, f.Message)));
        }

        return (lots, findings);
    }
}

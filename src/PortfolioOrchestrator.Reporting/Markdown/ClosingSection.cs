using PortfolioOrchestrator.Reporting.Model;
using static PortfolioOrchestrator.Reporting.Markdown.MarkdownFormat;
using static PortfolioOrchestrator.Reporting.Markdown.MarkdownText;

namespace PortfolioOrchestrator.Reporting.Markdown;

/// <summary>STEP 8's schedule, and the caveats, warnings and routing of the report.</summary>
internal static class ClosingSection
{
    public static void Write(MarkdownWriter md, ExecutionReport report)
    {
        var schedule = report.MonitoringSchedule;
        md.Heading(2, "Next review date").Paragraph(Date(report.NextReviewDate));
        md.Heading(2, "Monitoring schedule")
            .Bullet($"Daily portfolio monitoring (sector allocations, cash buffer): next on {Date(schedule.DailyCheck)}")
            .Bullet($"Weekly rebalancing review: {Date(schedule.WeeklyRebalancingReview)}")
            .Bullet($"Quarterly thesis validation: {Date(schedule.QuarterlyThesisValidation)}")
            .Bullet($"Stop-loss and profit target tracking: {schedule.StopLossAndTargetTracking.Frequency}, open orders: {OpenOrders(schedule)}")
            .Line(string.Empty);
        md.Heading(2, "Caveats").Bullets(report.Caveats.Select(Escape), "None.");
        md.Heading(2, "Warnings").Bullets(report.Warnings.Select(Escape), "None.");
        md.Heading(2, "Routing").Bullets(report.Routing.Select(r => $"{r.Recipient}: {Escape(r.File)}"), "None.");
    }

    private static string OpenOrders(MonitoringSchedule schedule) =>
        schedule.StopLossAndTargetTracking.OpenOrderIds is { Count: > 0 } ids ? string.Join(", ", ids.Select(Escape)) : "none";
}

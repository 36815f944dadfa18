using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using PortfolioOrchestrator.Reporting.Model;

namespace PortfolioOrchestrator.Reporting.Schedule;

/// <summary>
/// <c>monitoring-schedule.ics</c>: STEP 8's monitoring schedule as all-day iCalendar events on the
/// report's own dates — the daily check, the weekly rebalancing review, the quarterly thesis
/// validation and, while protective orders are working, stop-loss and target tracking (on the daily
/// check's date, the order ids in its description). UIDs and DTSTAMP come from the run, so the same
/// report always gives the same file and a calendar re-importing it updates rather than duplicates.
/// </summary>
public static class MonitoringCalendar
{
    public const string FileName = "monitoring-schedule.ics";

    public const string ProductId = "-//Portfolio Orchestrator//po monitoring schedule//EN";

    /// <summary>The events' summaries, which are also how each event's UID is suffixed.</summary>
    public static class Events
    {
        public const string DailyCheck = "Daily portfolio check";
        public const string WeeklyReview = "Weekly rebalancing review";
        public const string QuarterlyValidation = "Quarterly thesis validation";
        public const string ProtectiveOrderTracking = "Stop-loss and target tracking";
    }

    public static string Render(ExecutionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var schedule = report.MonitoringSchedule;
        var stamp = new CalDateTime((report.CompletedAt ?? report.ExecutionTimestamp).UtcDateTime, "UTC");
        var calendar = new Calendar { ProductId = ProductId };
        calendar.AddProperty("X-WR-CALNAME", $"Portfolio monitoring after run {report.RunId}");
        calendar.Events.Add(Event(report, stamp, "daily-check", Events.DailyCheck, schedule.DailyCheck,
            "Sector allocations against the cap and the cash buffer against the minimum and the floor (po monitor)."));
        calendar.Events.Add(Event(report, stamp, "weekly-rebalancing-review", Events.WeeklyReview, schedule.WeeklyRebalancingReview,
            "Review sector drift and whether the portfolio needs rebalancing."));
        calendar.Events.Add(Event(report, stamp, "quarterly-thesis-validation", Events.QuarterlyValidation, schedule.QuarterlyThesisValidation,
            "Validate the investment thesis of each position."));
        var orders = schedule.StopLossAndTargetTracking.OpenOrderIds;
        if (orders.Count > 0)
        {
            calendar.Events.Add(Event(report, stamp, "stop-loss-and-target-tracking", Events.ProtectiveOrderTracking, schedule.DailyCheck,
                $"Tracked {schedule.StopLossAndTargetTracking.Frequency}: have these protective orders triggered? {string.Join(", ", orders)}."));
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    private static CalendarEvent Event(ExecutionReport report, CalDateTime stamp, string key, string summary, DateOnly date, string description) => new()
    {
        Uid = $"{report.RunId}-{key}@portfolio-orchestrator",
        DtStamp = stamp,
        Summary = $"{summary} (run {report.RunId})",
        Description = $"{description} QA report {report.ReportId}.",
        Start = new CalDateTime(date),
        End = new CalDateTime(date.AddDays(1)),
        Transparency = TransparencyType.Transparent,
    };
}

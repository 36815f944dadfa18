using Ical.Net;
using Ical.Net.CalendarComponents;
using PortfolioOrchestrator.Domain.Calendar;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Reporting.Building;
using PortfolioOrchestrator.Reporting.Model;
using PortfolioOrchestrator.Reporting.Routing;
using PortfolioOrchestrator.Reporting.Schedule;
using PortfolioOrchestrator.Testing.Builders;
using PortfolioOrchestrator.Testing.Files;

namespace PortfolioOrchestrator.Reporting.Tests.Schedule;

public sealed class MonitoringCalendarTests : IDisposable
{
    private readonly TempDirectory _temp = new("ics");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_written_file_parses_back_to_the_reports_monitoring_dates()
    {
        var report = Report(RunBuilder.Executed("T-001"));
        ReportWriter.WriteAll(report, _temp.Path);

        var calendar = Calendar.Load(File.ReadAllText(Path.Combine(_temp.Path, MonitoringCalendar.FileName)))!;

        var schedule = report.MonitoringSchedule;
        Assert.Equal(
            [
                (MonitoringCalendar.Events.DailyCheck, schedule.DailyCheck),
                (MonitoringCalendar.Events.WeeklyReview, schedule.WeeklyRebalancingReview),
                (MonitoringCalendar.Events.QuarterlyValidation, schedule.QuarterlyThesisValidation),
                (MonitoringCalendar.Events.ProtectiveOrderTracking, schedule.DailyCheck),
            ],
            calendar.Events.Select(e => (Kind(e), e.Start!.Date)));
        Assert.Equal(new DateOnly(2026, 11, 25), schedule.DailyCheck);
        Assert.Equal(new DateOnly(2026, 11, 30), schedule.WeeklyRebalancingReview);
        Assert.Equal(new DateOnly(2027, 1, 4), schedule.QuarterlyThesisValidation);
    }

    [Fact]
    public void Events_are_whole_days_with_stable_unique_ids()
    {
        var calendar = Calendar.Load(MonitoringCalendar.Render(Report(RunBuilder.Executed("T-001"))))!;

        Assert.All(calendar.Events, e =>
        {
            Assert.False(e.Start!.HasTime);
            Assert.Equal(e.Start.Date.AddDays(1), e.End!.Date);
            Assert.StartsWith("run-1-", e.Uid, StringComparison.Ordinal);
        });
        Assert.Equal(calendar.Events.Count, calendar.Events.Select(e => e.Uid).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(MonitoringCalendar.ProductId, calendar.ProductId);
    }

    [Fact]
    public void Tracking_lists_the_protective_orders_still_working()
    {
        var report = Report(RunBuilder.Executed("T-001"));

        var calendar = Calendar.Load(MonitoringCalendar.Render(report))!;

        var tracking = calendar.Events.Single(e => Kind(e) == MonitoringCalendar.Events.ProtectiveOrderTracking);
        Assert.All(report.MonitoringSchedule.StopLossAndTargetTracking.OpenOrderIds, id => Assert.Contains(id, tracking.Description, StringComparison.Ordinal));
    }

    [Fact]
    public void Without_working_protective_orders_there_is_no_tracking_event()
    {
        var calendar = Calendar.Load(MonitoringCalendar.Render(Report(RunBuilder.WithStatus("T-001", TradeStatus.NotApproved))))!;

        Assert.Equal(3, calendar.Events.Count);
        Assert.DoesNotContain(calendar.Events, e => Kind(e) == MonitoringCalendar.Events.ProtectiveOrderTracking);
    }

    [Fact]
    public void The_same_report_gives_the_same_file()
    {
        var report = Report(RunBuilder.Executed("T-001"));

        Assert.Equal(MonitoringCalendar.Render(report), MonitoringCalendar.Render(report));
    }

    [Fact]
    public void Text_with_calendar_syntax_round_trips_as_text()
    {
        const string Hostile = "run,1;x\nEND:VCALENDAR\\";
        var report = Report(RunBuilder.Executed("T-001")) with { RunId = Hostile };

        var calendar = Calendar.Load(MonitoringCalendar.Render(report))!;

        Assert.Equal(4, calendar.Events.Count);
        Assert.Contains(Hostile, calendar.Events.Select(e => e.Summary).First() ?? string.Empty, StringComparison.Ordinal);
    }

    private static string Kind(CalendarEvent e) => e.Summary is { } summary ? summary[..summary.IndexOf(" (run ", StringComparison.Ordinal)] : string.Empty;

    private static ExecutionReport Report(TradeExecution trade) =>
        ExecutionReportBuilder.Build(new RunBuilder().Trade(trade).Build(), new NyseCalendar());
}

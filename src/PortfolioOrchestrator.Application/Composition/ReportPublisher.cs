using PortfolioOrchestrator.Domain.Calendar;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Reporting.Building;
using PortfolioOrchestrator.Reporting.Html;
using PortfolioOrchestrator.Reporting.Json;
using PortfolioOrchestrator.Reporting.Markdown;
using PortfolioOrchestrator.Reporting.Model;
using PortfolioOrchestrator.Reporting.Routing;

namespace PortfolioOrchestrator.Application.Composition;

/// <summary>STEP 7–8: builds the execution report and, given a folder, writes it with the routed messages.</summary>
public static class ReportPublisher
{
    public sealed record Published(ExecutionReport Report, string Json, string Markdown, string Html);

    public static Published Publish(RunSnapshot run, string? outDirectory, ITradingCalendar calendar)
    {
        var report = ExecutionReportBuilder.Build(run, calendar);
        var thresholds = ThresholdsOf(run);
        if (outDirectory is not null)
        {
            report = ReportWriter.WriteAll(report, outDirectory, thresholds);
        }

        return new Published(report, ExecutionReportJson.Serialize(report), ExecutionReportMarkdown.Render(report), ExecutionReportHtml.Render(report, thresholds));
    }

    /// <summary>The charts draw the run's own policy lines, not the seed's, when <c>--policy</c> changed them.</summary>
    private static ChartThresholds ThresholdsOf(RunSnapshot run) => new(run.Inputs.Policy);
}

using PortfolioOrchestrator.Domain.Calendar;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Reporting.Building;
using PortfolioOrchestrator.Reporting.Json;
using PortfolioOrchestrator.Reporting.Markdown;
using PortfolioOrchestrator.Reporting.Routing;

namespace PortfolioOrchestrator.Cli.Composition;

/// <summary>STEP 7–8: builds the execution report and, given a folder, writes it with the routed messages.</summary>
public static class ReportPublisher
{
    public sealed record Published(string Json, string Markdown);

    public static Published Publish(RunSnapshot run, string? outDirectory, ITradingCalendar calendar)
    {
        var report = ExecutionReportBuilder.Build(run, calendar);
        if (outDirectory is not null)
        {
            report = ReportWriter.WriteAll(report, outDirectory);
        }

        return new Published(ExecutionReportJson.Serialize(report), ExecutionReportMarkdown.Render(report));
    }
}

using PortfolioOrchestrator.Reporting.Html;
using PortfolioOrchestrator.Reporting.Json;
using PortfolioOrchestrator.Reporting.Markdown;
using PortfolioOrchestrator.Reporting.Model;
using PortfolioOrchestrator.Reporting.Schedule;

namespace PortfolioOrchestrator.Reporting.Routing;

/// <summary>
/// STEP 7–8 on disk: the routed messages, <c>execution-report.md</c>, <c>execution-report.html</c>,
/// <c>monitoring-schedule.ics</c> and, last, <c>execution-report.json</c>,
/// each written atomically. The JSON comes last so that its presence means the set is complete.
/// </summary>
public static class ReportWriter
{
    public const string JsonFile = "execution-report.json";
    public const string MarkdownFile = "execution-report.md";
    public const string HtmlFile = "execution-report.html";

    /// <summary>Writes every file into <paramref name="outDirectory"/> (created if missing) and returns the report as written.</summary>
    public static ExecutionReport WriteAll(ExecutionReport report, string outDirectory) => WriteAll(report, outDirectory, ChartThresholds.Seed);

    /// <summary>As <see cref="WriteAll(ExecutionReport, string)"/>, the HTML charts drawing the run's own thresholds.</summary>
    public static ExecutionReport WriteAll(ExecutionReport report, string outDirectory, ChartThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(thresholds);
        ArgumentException.ThrowIfNullOrWhiteSpace(outDirectory);
        Directory.CreateDirectory(outDirectory);

        // The report names exactly the files written here, whatever routing it arrived with.
        var messages = RoutingPlan.For(report);
        var written = report with { Routing = [.. messages.Select(m => new RoutingEntry(m.Recipient, m.FileName))] };
        foreach (var message in messages)
        {
            AtomicFile.WriteAllText(Path.Combine(outDirectory, message.FileName), message.Body);
        }

        AtomicFile.WriteAllText(Path.Combine(outDirectory, MarkdownFile), ExecutionReportMarkdown.Render(written));
        AtomicFile.WriteAllText(Path.Combine(outDirectory, HtmlFile), ExecutionReportHtml.Render(written, thresholds));
        AtomicFile.WriteAllText(Path.Combine(outDirectory, MonitoringCalendar.FileName), MonitoringCalendar.Render(written));
        RemoveStaleMessages(outDirectory, messages);
        AtomicFile.WriteAllText(Path.Combine(outDirectory, JsonFile), ExecutionReportJson.Serialize(written));
        return written;
    }

    /// <summary>A resumed run rewrites its directory: a message routed last time but not now would mislead.</summary>
    private static void RemoveStaleMessages(string outDirectory, IReadOnlyList<RoutedMessage> messages)
    {
        string[] all = [Recipients.QualityAssuranceFile, Recipients.StockAnalystFile, Recipients.MasterArchitectFile, Recipients.ClientFile];
        foreach (var file in all.Except(messages.Select(m => m.FileName), StringComparer.Ordinal))
        {
            File.Delete(Path.Combine(outDirectory, file));
        }
    }
}

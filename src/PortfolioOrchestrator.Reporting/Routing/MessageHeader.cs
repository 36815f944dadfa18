using PortfolioOrchestrator.Reporting.Markdown;
using PortfolioOrchestrator.Reporting.Model;
using static PortfolioOrchestrator.Reporting.Markdown.MarkdownFormat;
using static PortfolioOrchestrator.Reporting.Markdown.MarkdownText;

namespace PortfolioOrchestrator.Reporting.Routing;

/// <summary>The lines every routed message opens with: for whom, which run, where the full report is.</summary>
internal static class MessageHeader
{
    public static MarkdownWriter Start(string recipient, string subject, ExecutionReport report) =>
        new MarkdownWriter()
            .Heading(1, $"To {recipient}: {subject}")
            .Bullet($"Run: {Escape(report.RunId)} (QA report {Escape(report.ReportId)})")
            .Bullet($"Status: **{report.Status}**")
            .Bullet($"Execution timestamp: {Time(report.ExecutionTimestamp)}")
            .Bullet("Full report: execution-report.md, execution-report.json")
            .Line(string.Empty);
}

using PortfolioOrchestrator.Reporting.Model;
using static PortfolioOrchestrator.Reporting.Markdown.MarkdownFormat;
using static PortfolioOrchestrator.Reporting.Markdown.MarkdownText;

namespace PortfolioOrchestrator.Reporting.Markdown;

/// <summary>STEP 5 and 6: sector allocations, cash and buffer after the run.</summary>
internal static class PostExecutionSection
{
    public static void Write(MarkdownWriter md, ExecutionReport report)
    {
        md.Heading(2, "Sector allocations post-execution");
        if (report.SectorsAfter.Count == 0)
        {
            md.Paragraph("No sector holdings.");
        }
        else
        {
            md.Table(
                ["Sector", "Allocation", "Status"],
                report.SectorsAfter.Select(s => (IReadOnlyList<string>)[Escape(s.Sector), Percent(s.Allocation), s.Status]));
        }

        md.Heading(2, "Cash position post-execution")
            .Paragraph($"{Dollars(report.CashAfter)} ({Percent(report.BufferAfter)} of total value)");
        md.Heading(2, "Buffer status post-execution")
            .Paragraph($"**{report.BufferCheck}** — buffer {Percent(report.BufferAfter)}");
    }
}

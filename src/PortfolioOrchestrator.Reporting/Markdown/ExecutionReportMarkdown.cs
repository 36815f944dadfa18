using PortfolioOrchestrator.Reporting.Model;

namespace PortfolioOrchestrator.Reporting.Markdown;

/// <summary>
/// <c>execution-report.md</c>: STEP 7's list for a person — execution timestamp, trades executed and
/// halted, sectors, cash and buffer after, slippage, escalations, next review date — with the
/// caveats, warnings and routing. Text from inputs is escaped.
/// </summary>
public static class ExecutionReportMarkdown
{
    public static string Render(ExecutionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new MarkdownWriter();
        OverviewSection.Write(md, report);
        TradeSections.Write(md, report);
        PostExecutionSection.Write(md, report);
        md.Heading(2, "Escalations");
        EscalationSection.Write(md, report, headingLevel: 3, withCommands: true);
        ClosingSection.Write(md, report);
        return md.ToString();
    }
}

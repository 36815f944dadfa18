using PortfolioOrchestrator.Reporting.Markdown;
using PortfolioOrchestrator.Reporting.Model;

namespace PortfolioOrchestrator.Reporting.Routing;

/// <summary>Master-Architect's message: every escalation, and for each one the run waits on, the command that decides it; then the positions not protected.</summary>
internal static class MasterArchitectMessage
{
    public static string Render(ExecutionReport report)
    {
        var waiting = report.Escalations.Count(EscalationSection.AwaitsDecision);
        var md = MessageHeader.Start(Recipients.MasterArchitect, "escalations", report);
        md.Paragraph(waiting > 0
            ? $"{waiting} escalation(s) await your decision; the run is paused until then."
            : "No escalation awaits a decision; these are for your review.");
        EscalationSection.Write(md, report, headingLevel: 2, withCommands: true);
        UnprotectedSection.Write(md, report);
        return md.ToString();
    }
}

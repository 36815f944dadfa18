using PortfolioOrchestrator.Reporting.Model;
using static PortfolioOrchestrator.Reporting.Markdown.MarkdownFormat;
using static PortfolioOrchestrator.Reporting.Markdown.MarkdownText;

namespace PortfolioOrchestrator.Reporting.Markdown;

/// <summary>Escalations to the Master-Architect, each with what it needs to be decided.</summary>
internal static class EscalationSection
{
    public static void Write(MarkdownWriter md, ExecutionReport report, int headingLevel, bool withCommands)
    {
        if (report.Escalations.Count == 0)
        {
            md.Paragraph("No escalation.");
            return;
        }

        foreach (var escalation in report.Escalations)
        {
            WriteOne(md, escalation, headingLevel, withCommands);
        }
    }

    public static bool AwaitsDecision(EscalationReport escalation) => escalation is { Status: "OPEN", Blocking: true };

    /// <summary>The command that records a decision, exactly as <c>po decide</c> takes it.</summary>
    public static string DecideCommand(EscalationReport escalation) => $"po decide {escalation.Id.ReplaceLineEndings(" ")} approve|defer|halt --by NAME";

    private static void WriteOne(MarkdownWriter md, EscalationReport escalation, int headingLevel, bool withCommands)
    {
        var number = escalation.Number is { } n ? $" (#{n})" : string.Empty;
        md.Heading(headingLevel, $"{Escape(escalation.Id)} — {escalation.Type}{number}")
            .Bullet($"Status: {escalation.Status}{(escalation.Blocking ? ", blocking: the run waits for a decision" : string.Empty)}")
            .Bullet($"Raised: {Time(escalation.RaisedAt)} at {Escape(escalation.Step)}")
            .Bullet($"Trigger: {Escape(escalation.Trigger)}")
            .Bullet($"Action: {Escape(escalation.Action)}");
        if (escalation.TradeIds.Count > 0)
        {
            md.Bullet($"Trades: {string.Join(", ", escalation.TradeIds.Select(Escape))}");
        }

        if (escalation.Decision is { } decision)
        {
            var note = decision.Note is { Length: > 0 } text ? $": {Escape(text)}" : string.Empty;
            md.Bullet($"Decision: {decision.Kind} by {Escape(decision.By)} at {Time(decision.At)}{note}");
        }

        md.Line(string.Empty);
        if (withCommands && AwaitsDecision(escalation))
        {
            md.Paragraph("Decide with (add `--note TEXT` to record why):").CodeBlock([DecideCommand(escalation)]);
        }
    }
}

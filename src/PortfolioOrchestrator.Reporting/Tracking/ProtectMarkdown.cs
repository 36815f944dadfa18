using PortfolioOrchestrator.Reporting.Markdown;
using static PortfolioOrchestrator.Reporting.Markdown.MarkdownFormat;
using static PortfolioOrchestrator.Reporting.Markdown.MarkdownText;

namespace PortfolioOrchestrator.Reporting.Tracking;

/// <summary><c>to-master-architect-protect.md</c>: what <c>po protect</c> could not repair first, then what it did.</summary>
public static class ProtectMarkdown
{
    public const string FileName = "to-master-architect-protect.md";

    public static string Render(ProtectReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new MarkdownWriter();
        md.Heading(1, $"Protection repair — {Date(report.Date)}{(report.DryRun ? " (dry run: nothing was changed)" : string.Empty)}")
            .Bullet("To: Master-Architect")
            .Bullet($"Status: **{report.Status}**")
            .Line(string.Empty);
        md.Heading(2, "Could not be repaired").Bullets(report.Problems.Select(Escape), "Nothing: every lot's protection is as the journal says.");
        md.Heading(2, "Not protected").Bullets(report.Unprotected.Select(Escape), "Nothing.");
        md.Heading(2, "Repairs");
        if (report.Actions.Count == 0)
        {
            md.Paragraph("None were needed.");
        }
        else
        {
            md.Table(
                ["Account", "Ticker", "Lot", "Action", "Because", "Orders", "Generation", "Shares", "Outcome"],
                report.Actions.Select(a => (IReadOnlyList<string>)
                [
                    Escape(a.Account), Escape(a.Ticker), Escape(a.LotId), a.Action, string.Join(", ", a.Because), Escape(string.Join(", ", a.Orders)),
                    a.Generation?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—", Shares(a.Shares), a.Detail is { } detail ? $"{a.Outcome}: {Escape(detail)}" : a.Outcome,
                ]));
        }

        return md.ToString();
    }
}

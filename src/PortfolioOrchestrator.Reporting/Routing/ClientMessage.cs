using PortfolioOrchestrator.Reporting.Markdown;
using PortfolioOrchestrator.Reporting.Model;
using static PortfolioOrchestrator.Reporting.Markdown.MarkdownFormat;
using static PortfolioOrchestrator.Reporting.Markdown.MarkdownText;

namespace PortfolioOrchestrator.Reporting.Routing;

/// <summary>The client's execution summary: what was bought and sold, what was not, where cash and sectors stand.</summary>
internal static class ClientMessage
{
    public static string Render(ExecutionReport report)
    {
        var md = MessageHeader.Start(Recipients.Client, "execution summary", report);
        var executed = report.Trades.Where(t => t.Status == TradeSections.Executed).ToList();
        md.Heading(2, "Executed").Bullets(
            executed.Select(t => $"{t.Side} {Escape(t.Ticker)}: {Dollars(t.FilledDollars)} at {Price(t.ExecutionPrice)} in {Escape(t.Account)}"),
            "No trade was executed.");
        md.Heading(2, "Not executed").Bullets(
            report.Trades.Where(t => t.Status != TradeSections.Executed).Select(t => $"{TradeSections.Label(t)} ({Dollars(t.SizeDollars)}): {t.Status}{Paused(report, t)}"),
            "None.");
        md.Heading(2, "Portfolio after the run")
            .Bullet($"Cash: {Dollars(report.CashAfter)} ({Percent(report.BufferAfter)} of total value, {report.BufferCheck})")
            .Bullets(report.SectorsAfter.Select(s => $"{Escape(s.Sector)}: {Percent(s.Allocation)}"), string.Empty);
        md.Heading(2, "Next review").Paragraph(Date(report.NextReviewDate));
        if (report.Escalations.Count > 0)
        {
            md.Paragraph($"{report.Escalations.Count} matter(s) were referred to the Master-Architect.");
        }

        return md.ToString();
    }

    /// <summary>A held trade of a paused run is not decided yet: it says so.</summary>
    private static string Paused(ExecutionReport report, TradeReport trade) =>
        trade.Status == "HALTED" && report.Status == "AWAITING_DECISION"
            ? " — paused, not decided: the run awaits a Master-Architect decision"
            : string.Empty;
}

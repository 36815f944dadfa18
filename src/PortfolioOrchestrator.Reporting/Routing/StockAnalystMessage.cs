using PortfolioOrchestrator.Reporting.Model;
using static PortfolioOrchestrator.Reporting.Markdown.MarkdownFormat;
using static PortfolioOrchestrator.Reporting.Markdown.MarkdownText;

namespace PortfolioOrchestrator.Reporting.Routing;

/// <summary>
/// Stock-Analyst's message: the approved trades a decision took out of the run, for re-analysis —
/// <c>DEFERRED</c> (CONTRACT Resolution 6: <c>defer</c> routes them to Stock-Analyst) and <c>HALTED</c>
/// for good (STEP 8: "if positions halted, for re-analysis"). A trade held only by a pause (<c>HALTED</c>
/// while the run is <c>AWAITING_DECISION</c>) is not decided yet and is not sent for re-analysis.
/// </summary>
internal static class StockAnalystMessage
{
    private const string AwaitingDecision = "AWAITING_DECISION";

    /// <summary>Whether <paramref name="trade"/> of <paramref name="report"/> goes back to the Stock-Analyst.</summary>
    public static bool Concerns(ExecutionReport report, TradeReport trade) =>
        trade.Status == "DEFERRED" || (trade.Status == "HALTED" && report.Status != AwaitingDecision);

    public static string Render(ExecutionReport report)
    {
        var md = MessageHeader.Start(Recipients.StockAnalyst, "positions for re-analysis", report);
        md.Paragraph("A Master-Architect decision took these approved trades out of this run (DEFERRED: to be re-analysed; HALTED: stopped for good). Please re-analyse them before they are approved again.");
        md.Table(
            ["Trade", "Ticker", "Side", "Size", "Account", "Sector", "Conviction", "Status", "Reason"],
            report.Trades.Where(t => Concerns(report, t)).Select(t => (IReadOnlyList<string>)
            [
                Escape(t.TradeId), Escape(t.Ticker), t.Side, Dollars(t.SizeDollars), Escape(t.Account), Escape(t.Sector),
                Escape(t.Conviction), t.Status, Escape(t.Reason),
            ]));
        return md.ToString();
    }
}

using PortfolioOrchestrator.Reporting.Model;
using static PortfolioOrchestrator.Reporting.Markdown.MarkdownFormat;
using static PortfolioOrchestrator.Reporting.Markdown.MarkdownText;

namespace PortfolioOrchestrator.Reporting.Routing;

/// <summary>Stock-Analyst's message: the trades that were halted or deferred, for re-analysis.</summary>
internal static class StockAnalystMessage
{
    /// <summary>Whether the trade goes back to the Stock-Analyst.</summary>
    public static bool Concerns(TradeReport trade) => trade.Status is "HALTED" or "DEFERRED";

    public static string Render(ExecutionReport report)
    {
        var md = MessageHeader.Start(Recipients.StockAnalyst, "positions for re-analysis", report);
        md.Paragraph("These approved trades were not executed in this run. Please re-analyse them before they are approved again.");
        md.Table(
            ["Trade", "Ticker", "Side", "Size", "Account", "Sector", "Conviction", "Status", "Reason"],
            report.Trades.Where(Concerns).Select(t => (IReadOnlyList<string>)
            [
                Escape(t.TradeId), Escape(t.Ticker), t.Side, Dollars(t.SizeDollars), Escape(t.Account), Escape(t.Sector),
                Escape(t.Conviction), t.Status, Escape(t.Reason),
            ]));
        return md.ToString();
    }
}

using PortfolioOrchestrator.Reporting.Model;
using static PortfolioOrchestrator.Reporting.Markdown.MarkdownFormat;
using static PortfolioOrchestrator.Reporting.Markdown.MarkdownText;

namespace PortfolioOrchestrator.Reporting.Routing;

/// <summary>Quality-Assurance's message: how each approved trade fared, for post-trade analysis.</summary>
internal static class QualityAssuranceMessage
{
    public static string Render(ExecutionReport report)
    {
        var md = MessageHeader.Start(Recipients.QualityAssurance, "post-trade analysis", report);
        md.Heading(2, "Trades").Table(
            ["Trade", "Ticker", "Status", "Size", "Filled", "Price", "Slippage", "Flags", "Note"],
            report.Trades.Select(t => (IReadOnlyList<string>)
            [
                Escape(t.TradeId), Escape(t.Ticker), t.Status, Dollars(t.SizeDollars), Dollars(t.FilledDollars),
                Price(t.ExecutionPrice), t.SlippageBps is { } bps ? Bps(bps) : "—", string.Join(", ", t.Flags), Escape(t.Reason),
            ]));
        md.Heading(2, "After the run")
            .Bullet($"Cash: {Dollars(report.CashAfter)}; buffer {Percent(report.BufferAfter)} ({report.BufferCheck})")
            .Bullets(report.SectorsAfter.Select(s => $"{Escape(s.Sector)}: {Percent(s.Allocation)} ({s.Status})"), string.Empty);
        md.Heading(2, "Escalations").Bullets(
            report.Escalations.Select(e => $"{Escape(e.Id)} {e.Type}: {e.Status}"),
            "None.");
        return md.ToString();
    }
}

using PortfolioOrchestrator.Reporting.Markdown;
using static PortfolioOrchestrator.Reporting.Markdown.MarkdownFormat;
using static PortfolioOrchestrator.Reporting.Markdown.MarkdownText;

namespace PortfolioOrchestrator.Reporting.Monitoring;

/// <summary><c>to-master-architect-monitor.md</c>: the daily check's findings first, then the figures behind them.</summary>
public static class MonitorMarkdown
{
    public const string FileName = "to-master-architect-monitor.md";

    public static string Render(MonitorReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new MarkdownWriter();
        md.Heading(1, $"Daily portfolio check — {Date(report.Date)}")
            .Bullet("To: Master-Architect")
            .Bullet($"Status: **{report.Status}**")
            .Bullet($"Portfolio data as of {Time(report.PortfolioLastUpdated)} ({report.PortfolioTradingDaysElapsed} trading days ago)")
            .Line(string.Empty);
        md.Heading(2, "Needs attention").Bullets(report.Findings.Select(f => $"{f.Kind}: {Escape(f.Message)}"), "Nothing: every position was checked, and sectors, cash buffer and protective orders are within their limits.");
        md.Heading(2, "Sectors");
        md.Table(["Sector", "Allocation", "Cap", "Status"], report.Sectors.Select(s => (IReadOnlyList<string>)[Escape(s.Sector), Percent(s.Allocation), Percent(s.Cap), s.Status]));
        md.Heading(2, "Cash buffer")
            .Bullet($"Cash {Dollars(report.Cash.TotalCash)} of {Dollars(report.Cash.TotalValue)}: {Percent(report.Cash.Buffer)} ({report.Cash.Check}; minimum {Percent(report.Cash.MinBuffer)}, floor {Percent(report.Cash.BufferFloor)})")
            .Line(string.Empty);
        md.Heading(2, "Positions");
        if (report.Positions.Count == 0)
        {
            md.Paragraph("No position is held.");
        }
        else
        {
            md.Table(
                ["Ticker", "Account", "Sector", "Quantity", "Price", "Status"],
                report.Positions.Select(p => (IReadOnlyList<string>)[Escape(p.Ticker), Escape(p.Account), Escape(p.Sector), Shares(p.Quantity), Price(p.Price), p.Status]));
        }

        md.Heading(2, "Protected lots");
        if (report.Lots.Count == 0)
        {
            md.Paragraph("The journal protects no lot.");
        }
        else
        {
            md.Table(
                ["Account", "Ticker", "Lot", "Holds", "To protect", "Covered", "Generation", "Status", "Found"],
                report.Lots.Select(l => (IReadOnlyList<string>)
                [
                    Escape(l.Account), Escape(l.Ticker), Escape(l.LotId), Shares(l.Quantity), Shares(l.Expected), Shares(l.Covered), l.Generation.ToString(System.Globalization.CultureInfo.InvariantCulture), l.Status,
                    l.Findings.Count == 0 ? "—" : string.Join(", ", l.Findings),
                ]));
        }

        md.Heading(2, "Open stop-loss and target orders");
        if (report.ProtectiveOrders.Count == 0)
        {
            md.Paragraph("No protective order is working at the venue.");
        }
        else
        {
            md.Table(
                ["Order", "Ticker", "Side", "Type", "Quantity", "Stop", "Limit", "Status", "Price", "Triggered"],
                report.ProtectiveOrders.Select(o => (IReadOnlyList<string>)
                [
                    Escape(o.ClientOrderId), Escape(o.Ticker), o.Side, o.Type, Shares(o.Quantity), Price(o.StopPrice), Price(o.LimitPrice), o.Status, Price(o.Price),
                    o.Triggered switch { true => "**yes**", false => "no", null => MonitorStatus.NotChecked },
                ]));
        }

        return md.ToString();
    }
}

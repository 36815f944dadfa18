using System.Text;
using PortfolioOrchestrator.Reporting.Model;
using static PortfolioOrchestrator.Reporting.Html.HtmlText;
using static PortfolioOrchestrator.Reporting.Markdown.MarkdownFormat;

namespace PortfolioOrchestrator.Reporting.Html;

/// <summary>The trades and the escalations as HTML tables; every cell's text is escaped.</summary>
internal static class HtmlTables
{
    public static void Trades(StringBuilder html, ExecutionReport report)
    {
        if (report.Trades.Count == 0)
        {
            html.Append("<p class=\"empty\">The QA report held no trade.</p>\n");
            return;
        }

        html.Append("<table id=\"trades\">\n<thead><tr><th>Trade</th><th>Ticker</th><th>Side</th><th>Account</th><th>Sector</th><th>Size</th><th>Status</th>")
            .Append("<th>Price</th><th>Quantity</th><th>Filled</th><th>Slippage</th><th>Buffer after</th><th>Flags</th><th>Protection</th><th>Reason</th></tr></thead>\n<tbody>\n");
        foreach (var t in report.Trades)
        {
            html.Append($"<tr class=\"trade status-{CssWord(t.Status)}\">")
                .Append(Cell(t.TradeId)).Append(Cell(t.Ticker)).Append(Cell(t.Side)).Append(Cell(t.Account)).Append(Cell(t.Sector))
                .Append(Number(Dollars(t.SizeDollars)))
                .Append($"<td class=\"state\">{Escape(t.Status)}</td>")
                .Append(Number(Price(t.ExecutionPrice))).Append(Number(Shares(t.ExecutionQuantity))).Append(Number(Dollars(t.FilledDollars)))
                .Append(Number(t.SlippageBps is { } bps ? Bps(bps) : "—")).Append(Number(Percent(t.BufferAfter)))
                .Append("<td>").Append(string.Concat(t.Flags.Select(f => $"<span class=\"flag\">{Escape(f)}</span>"))).Append("</td>")
                .Append("<td class=\"text\">").Append(string.Join("<br>", Protection(t).Select(Escape))).Append("</td>")
                .Append($"<td class=\"text\">{Escape(t.Reason)}</td>")
                .Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    public static void Escalations(StringBuilder html, ExecutionReport report)
    {
        if (report.Escalations.Count == 0)
        {
            html.Append("<p class=\"empty\">No escalation.</p>\n");
            return;
        }

        html.Append("<table id=\"escalations\">\n<thead><tr><th>Id</th><th>Type</th><th>Step</th><th>Trigger</th><th>Trades</th><th>Action</th><th>Status</th><th>Decision</th></tr></thead>\n<tbody>\n");
        foreach (var e in report.Escalations)
        {
            var type = e.Number is { } n ? $"{e.Type} (#{n})" : e.Type;
            html.Append($"<tr class=\"escalation status-{CssWord(e.Status)}\">")
                .Append(Cell(e.Id)).Append(Cell(type)).Append(Cell(e.Step)).Append(Cell(e.Trigger))
                .Append(Cell(string.Join(", ", e.TradeIds))).Append(Cell(e.Action))
                .Append(Cell(e.Status + (e.Blocking ? " (blocking)" : string.Empty)))
                .Append("<td>").Append(Decision(e)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    /// <summary>A contract word (<c>EXECUTION_FAILED</c>) as a class name; anything else is dropped, never trusted.</summary>
    public static string CssWord(string word) =>
        new([.. word.ToLowerInvariant().Where(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_')]);

    private static string Decision(EscalationReport escalation)
    {
        if (escalation.Decision is { } d)
        {
            var note = d.Note is { Length: > 0 } text ? $": {Escape(text)}" : string.Empty;
            return $"{Escape(d.Kind)} by {Escape(d.By)} at {Escape(Time(d.At))}{note}";
        }

        return escalation is { Status: "OPEN", Blocking: true }
            ? $"awaiting: <code>po decide {Escape(escalation.Id)} approve|defer|halt --by NAME</code>"
            : "—";
    }

    private static List<string> Protection(TradeReport trade)
    {
        var parts = new List<string>();
        if (trade.StopLossOrder is { } stop)
        {
            parts.Add($"stop {Price(stop.StopPrice)} ({stop.Status})");
        }

        parts.AddRange(trade.ProfitTargetOrders.Select(t => $"target {Price(t.LimitPrice)} ({t.Status})"));
        parts.AddRange(trade.Unprotected.Select(u => "unprotected: " + u));
        return parts;
    }

    private static string Cell(string? text) => $"<td>{Escape(text)}</td>";

    private static string Number(string text) => $"<td class=\"num\">{Escape(text)}</td>";
}

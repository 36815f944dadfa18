using System.Text;
using PortfolioOrchestrator.Reporting.Model;
using static PortfolioOrchestrator.Reporting.Html.HtmlText;
using static PortfolioOrchestrator.Reporting.Markdown.MarkdownFormat;

namespace PortfolioOrchestrator.Reporting.Html;

/// <summary>
/// <c>execution-report.html</c>: one self-contained page — inline CSS and inline SVG, no script, nothing
/// loaded from elsewhere (a Content-Security-Policy forbids it too). Sector allocation before and after
/// against the cap, the cash buffer trade by trade against the minimum and the floor, the trades, the
/// escalations with their decision state, the caveats and warnings. Text from inputs is escaped.
/// </summary>
public static class ExecutionReportHtml
{
    public static string Render(ExecutionReport report) => Render(report, ChartThresholds.Seed);

    public static string Render(ExecutionReport report, ChartThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(thresholds);
        var html = new StringBuilder(16_384);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append($"<title>Execution report — run {Escape(report.RunId)}</title>\n")
            .Append("<style>\n").Append(HtmlStyle.Css).Append("\n</style>\n</head>\n<body>\n");
        Overview(html, report);
        html.Append("<section id=\"sectors\">\n<h2>Sector allocation</h2>\n");
        SectorChart.Write(html, report, thresholds);
        html.Append("</section>\n<section id=\"buffer\">\n<h2>Cash buffer, trade by trade</h2>\n");
        BufferChart.Write(html, report, thresholds);
        html.Append("</section>\n<section id=\"trades-section\">\n<h2>Trades</h2>\n");
        HtmlTables.Trades(html, report);
        html.Append("</section>\n<section id=\"escalations-section\">\n<h2>Escalations</h2>\n");
        HtmlTables.Escalations(html, report);
        html.Append("</section>\n");
        List(html, "caveats", "Caveats", report.Caveats, "No caveat.");
        List(html, "warnings", "Warnings", report.Warnings, "No warning.");
        Monitoring(html, report);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void Overview(StringBuilder html, ExecutionReport report)
    {
        html.Append($"<h1>Execution report — run {Escape(report.RunId)}</h1>\n")
            .Append($"<p><span id=\"run-status\" class=\"status status-{HtmlTables.CssWord(report.Status)}\">{Escape(report.Status)}</span></p>\n")
            .Append("<dl class=\"facts\">\n");
        Fact(html, "QA report", report.ReportId);
        Fact(html, "Broker", report.Broker);
        Fact(html, "Execution timestamp", Time(report.ExecutionTimestamp));
        Fact(html, "Completed at", Time(report.CompletedAt));
        Fact(html, "Portfolio data", $"{report.PortfolioState ?? "not checked"} ({report.TradingDaysElapsed} trading days elapsed, {Hours(report.PortfolioAgeHours)} old)");
        Fact(html, "Refresh", report.Refresh);
        Fact(html, "Executed on", Markdown.OverviewSection.ExecutedOn(report.ExecutedOnPortfolio));
        Fact(html, "Cash after", Dollars(report.CashAfter));
        Fact(html, "Buffer after", $"{Percent(report.BufferAfter)} ({report.BufferCheck})");
        Fact(html, "Next review", Date(report.NextReviewDate));
        html.Append("</dl>\n");
    }

    private static void Monitoring(StringBuilder html, ExecutionReport report)
    {
        var schedule = report.MonitoringSchedule;
        html.Append("<section id=\"monitoring\">\n<h2>Monitoring schedule</h2>\n<dl class=\"facts\">\n");
        Fact(html, "Daily check", Date(schedule.DailyCheck));
        Fact(html, "Weekly rebalancing review", Date(schedule.WeeklyRebalancingReview));
        Fact(html, "Quarterly thesis validation", Date(schedule.QuarterlyThesisValidation));
        var orders = schedule.StopLossAndTargetTracking.OpenOrderIds;
        Fact(html, "Stop-loss and target tracking", $"{schedule.StopLossAndTargetTracking.Frequency}: {(orders.Count == 0 ? "no open order" : string.Join(", ", orders))}");
        html.Append("</dl>\n</section>\n");
    }

    private static void Fact(StringBuilder html, string name, string value) =>
        html.Append($"<dt>{Escape(name)}</dt><dd>{Escape(value)}</dd>\n");

    private static void List(StringBuilder html, string id, string heading, IReadOnlyList<string> items, string none)
    {
        html.Append($"<section id=\"{id}\">\n<h2>{heading}</h2>\n");
        if (items.Count == 0)
        {
            html.Append($"<p class=\"empty\">{none}</p>\n");
        }
        else
        {
            html.Append("<ul>\n").Append(string.Concat(items.Select(i => $"<li>{Escape(i)}</li>\n"))).Append("</ul>\n");
        }

        html.Append("</section>\n");
    }
}

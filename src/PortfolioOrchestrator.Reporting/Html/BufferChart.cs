using System.Text;
using PortfolioOrchestrator.Reporting.Model;
using static PortfolioOrchestrator.Reporting.Html.HtmlText;
using static PortfolioOrchestrator.Reporting.Html.SvgNumber;
using static PortfolioOrchestrator.Reporting.Markdown.MarkdownFormat;

namespace PortfolioOrchestrator.Reporting.Html;

/// <summary>
/// Inline SVG: the cash buffer after each trade that moved cash (STEP 3C's <c>buffer_after</c>), in
/// execution order, with the healthy-buffer and floor lines. A point below a line takes its colour.
/// </summary>
internal static class BufferChart
{
    private const decimal Width = 760m;
    private const decimal Height = 280m;
    private const decimal Left = 64m;
    private const decimal Right = 130m;
    private const decimal Top = 16m;
    private const decimal Bottom = 56m;

    public static void Write(StringBuilder html, ExecutionReport report, ChartThresholds thresholds)
    {
        var points = report.Trades.Where(t => t.BufferAfter is not null).Select(t => (t.TradeId, Buffer: t.BufferAfter!.Value)).ToList();
        if (points.Count == 0)
        {
            html.Append("<p class=\"empty\">No trade moved the cash buffer.</p>\n");
            return;
        }

        var scale = Math.Max(points.Max(p => p.Buffer), thresholds.MinBuffer) * 1.25m;
        scale = scale <= 0m ? 1m : scale;
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        decimal Y(decimal fraction) => Top + plotHeight - (Math.Clamp(fraction, 0m, scale) / scale * plotHeight);
        decimal X(int index) => points.Count == 1 ? Left + (plotWidth / 2) : Left + (plotWidth * index / (points.Count - 1));

        html.Append($"<svg id=\"buffer-chart\" class=\"chart\" role=\"img\" viewBox=\"0 0 {Of(Width)} {Of(Height)}\" width=\"{Of(Width)}\" height=\"{Of(Height)}\" xmlns=\"http://www.w3.org/2000/svg\">\n")
            .Append("<title>Cash buffer after each trade, with the minimum and the floor</title>\n")
            .Append($"<line class=\"axis\" x1=\"{Of(Left)}\" y1=\"{Of(Top)}\" x2=\"{Of(Left)}\" y2=\"{Of(Top + plotHeight)}\"/>\n")
            .Append($"<line class=\"axis\" x1=\"{Of(Left)}\" y1=\"{Of(Top + plotHeight)}\" x2=\"{Of(Left + plotWidth)}\" y2=\"{Of(Top + plotHeight)}\"/>\n")
            .Append($"<text class=\"tick\" x=\"{Of(Left - 6)}\" y=\"{Of(Top + plotHeight + 4)}\" text-anchor=\"end\">0%</text>\n")
            .Append($"<text class=\"tick\" x=\"{Of(Left - 6)}\" y=\"{Of(Top + 4)}\" text-anchor=\"end\">{Percent(scale)}</text>\n");
        Threshold(html, "buffer-min-line", "min-line", $"minimum {Percent(thresholds.MinBuffer)}", Y(thresholds.MinBuffer), plotWidth);
        Threshold(html, "buffer-floor-line", "floor-line", $"floor {Percent(thresholds.BufferFloor)}", Y(thresholds.BufferFloor), plotWidth);

        var path = string.Join(' ', points.Select((p, i) => $"{Of(X(i))},{Of(Y(p.Buffer))}"));
        html.Append($"<polyline class=\"buffer-line\" points=\"{path}\"/>\n");
        for (var i = 0; i < points.Count; i++)
        {
            var (tradeId, buffer) = points[i];
            var zone = thresholds.ZoneOf(buffer);
            html.Append($"<g class=\"buffer-point\"><circle class=\"point {zone}\" cx=\"{Of(X(i))}\" cy=\"{Of(Y(buffer))}\" r=\"5\"><title>after {Escape(tradeId)}: {Percent(buffer)}</title></circle>")
                .Append($"<text class=\"value\" x=\"{Of(X(i))}\" y=\"{Of(Y(buffer) - 10)}\" text-anchor=\"middle\">{Percent(buffer)}</text>")
                .Append($"<text class=\"tick\" x=\"{Of(X(i))}\" y=\"{Of(Top + plotHeight + 18)}\" text-anchor=\"middle\">{Escape(Shorten(tradeId))}</text></g>\n");
        }

        html.Append("</svg>\n");
    }

    private static void Threshold(StringBuilder html, string id, string kind, string label, decimal y, decimal plotWidth) =>
        html.Append($"<line id=\"{id}\" class=\"{kind}\" x1=\"{Of(Left)}\" y1=\"{Of(y)}\" x2=\"{Of(Left + plotWidth)}\" y2=\"{Of(y)}\"/>")
            .Append($"<text class=\"{kind}-label\" x=\"{Of(Left + plotWidth + 6)}\" y=\"{Of(y + 4)}\">{label}</text>\n");

    private static string Shorten(string text) => text.Length <= 12 ? text : string.Concat(text.AsSpan(0, 11), "…");
}

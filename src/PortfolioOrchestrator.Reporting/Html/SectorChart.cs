using System.Text;
using PortfolioOrchestrator.Reporting.Model;
using static PortfolioOrchestrator.Reporting.Html.HtmlText;
using static PortfolioOrchestrator.Reporting.Html.SvgNumber;
using static PortfolioOrchestrator.Reporting.Markdown.MarkdownFormat;

namespace PortfolioOrchestrator.Reporting.Html;

/// <summary>
/// Inline SVG: each sector's allocation before the run (PORTFOLIO.md) and after it (STEP 5) as two
/// horizontal bars, with the sector cap as a dashed vertical line. A bar over the cap is drawn red.
/// </summary>
internal static class SectorChart
{
    private const decimal Width = 760m;
    private const decimal Left = 180m;
    private const decimal Right = 70m;
    private const decimal Top = 34m;
    private const decimal RowHeight = 44m;
    private const decimal BarHeight = 15m;

    public static void Write(StringBuilder html, ExecutionReport report, ChartThresholds thresholds)
    {
        var sectors = report.SectorsBefore.Select(s => s.Sector)
            .Concat(report.SectorsAfter.Select(s => s.Sector))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (sectors.Count == 0)
        {
            html.Append("<p class=\"empty\">No sector holdings to chart.</p>\n");
            return;
        }

        var before = report.SectorsBefore.GroupBy(s => s.Sector, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Allocation, StringComparer.Ordinal);
        var after = report.SectorsAfter.GroupBy(s => s.Sector, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Allocation, StringComparer.Ordinal);
        var cap = thresholds.SectorCap;
        var largest = before.Values.Concat(after.Values).DefaultIfEmpty(0m).Max();
        var scale = Math.Max(Math.Max(cap * 1.15m, largest * 1.08m), 0.05m);
        var plot = Width - Left - Right;
        var height = Top + (sectors.Count * RowHeight) + 16m;
        decimal X(decimal fraction) => Left + (Math.Clamp(fraction, 0m, scale) / scale * plot);

        html.Append($"<svg id=\"sector-chart\" class=\"chart\" role=\"img\" viewBox=\"0 0 {Of(Width)} {Of(height)}\" width=\"{Of(Width)}\" height=\"{Of(height)}\" xmlns=\"http://www.w3.org/2000/svg\">\n")
            .Append("<title>Sector allocation before and after the run, with the sector cap</title>\n")
            .Append($"<rect class=\"legend-before\" x=\"{Of(Left)}\" y=\"6\" width=\"12\" height=\"12\"/><text x=\"{Of(Left + 18)}\" y=\"16\">before (PORTFOLIO.md)</text>\n")
            .Append($"<rect class=\"legend-after\" x=\"{Of(Left + 190)}\" y=\"6\" width=\"12\" height=\"12\"/><text x=\"{Of(Left + 208)}\" y=\"16\">after the run</text>\n");

        for (var row = 0; row < sectors.Count; row++)
        {
            var sector = sectors[row];
            var y = Top + (row * RowHeight);
            html.Append($"<g class=\"sector-row\"><text class=\"label\" x=\"{Of(Left - 8)}\" y=\"{Of(y + BarHeight + 4)}\" text-anchor=\"end\">{Escape(Shorten(sector))}</text>\n");
            Bar(html, "before", sector, before.GetValueOrDefault(sector), thresholds, y, X);
            Bar(html, "after", sector, after.GetValueOrDefault(sector), thresholds, y + BarHeight + 2, X);
            html.Append("</g>\n");
        }

        var capX = X(cap);
        html.Append($"<line id=\"sector-cap-line\" class=\"cap-line\" x1=\"{Of(capX)}\" y1=\"{Of(Top - 6)}\" x2=\"{Of(capX)}\" y2=\"{Of(height - 12)}\"/>\n")
            .Append($"<text class=\"cap-label\" x=\"{Of(capX + 4)}\" y=\"{Of(height - 2)}\">cap {Percent(cap)}</text>\n")
            .Append("</svg>\n");
    }

    private static void Bar(StringBuilder html, string kind, string sector, decimal allocation, ChartThresholds thresholds, decimal y, Func<decimal, decimal> x)
    {
        var over = thresholds.IsOverCap(allocation) ? " over-cap" : string.Empty;
        var end = x(allocation);
        html.Append($"<rect class=\"bar bar-{kind}{over}\" x=\"{Of(Left)}\" y=\"{Of(y)}\" width=\"{Of(Math.Max(end - Left, 0m))}\" height=\"{Of(BarHeight)}\">")
            .Append($"<title>{Escape(sector)} {kind}: {Percent(allocation)}</title></rect>")
            .Append($"<text class=\"value\" x=\"{Of(end + 4)}\" y=\"{Of(y + BarHeight - 3)}\">{Percent(allocation)}</text>\n");
    }

    /// <summary>A long sector name would run into the bars; the full name is in the bar's tooltip.</summary>
    private static string Shorten(string text) => text.Length <= 24 ? text : string.Concat(text.AsSpan(0, 23), "…");
}

using System.Buffers.Binary;
using System.Text.RegularExpressions;
using PortfolioOrchestrator.Reporting.Html;
using PortfolioOrchestrator.Reporting.Model;

namespace PortfolioOrchestrator.Cli.Tests.Browser;

/// <summary>
/// The demo's <c>execution-report.html</c> opened in a real browser. Without <c>/usr/bin/chromium</c>
/// these tests report Skipped with the reason; CI installs it.
/// </summary>
public sealed partial class HtmlReportBrowserTests : IDisposable
{
    private readonly PoHarness _po = new();

    public void Dispose() => _po.Dispose();

    [SkippableFact]
    public void The_demo_report_renders_its_charts_cap_line_and_trade_rows()
    {
        SkipWithoutChromium();

        var dom = HeadlessChromium.DumpDom(DemoReport());

        Assert.Contains("<svg id=\"sector-chart\"", dom, StringComparison.Ordinal);
        Assert.Contains("<line id=\"sector-cap-line\"", dom, StringComparison.Ordinal);
        Assert.Contains(">cap 35.00%</text>", dom, StringComparison.Ordinal);
        Assert.Contains("<svg id=\"buffer-chart\"", dom, StringComparison.Ordinal);
        Assert.Contains("<line id=\"buffer-min-line\"", dom, StringComparison.Ordinal);
        Assert.Contains("<line id=\"buffer-floor-line\"", dom, StringComparison.Ordinal);
        Assert.Equal(4, Regex.Count(dom, "<g class=\"buffer-point\">"));
        Assert.Equal(5, Regex.Count(dom, "<tr class=\"trade "));
        Assert.Equal(4, Regex.Count(dom, "<tr class=\"trade status-executed\">"));
        Assert.Contains("<td class=\"state\">NOT_APPROVED</td>", dom, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void The_demo_report_screenshot_is_a_1280_by_2000_png()
    {
        SkipWithoutChromium();

        var png = HeadlessChromium.Screenshot(DemoReport(), Path.Combine(_po.Directory, "report.png"));

        var bytes = File.ReadAllBytes(png);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, bytes[..8]);
        Assert.Equal(1280, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)));
        Assert.Equal(2000, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
        Assert.True(bytes.Length > 20_000, $"a {bytes.Length}-byte screenshot is too small to hold the report");
    }

    [SkippableFact]
    public void Hostile_text_stays_text_in_the_browser()
    {
        SkipWithoutChromium();

        const string Hostile = "<script>document.title='owned'</script><img src=x onerror=alert(1)>\"'&";
        var report = Report() with { Caveats = [Hostile, "Énergie — 日本 🚀"] };
        var file = _po.Write("hostile.html", ExecutionReportHtml.Render(report));

        var dom = HeadlessChromium.DumpDom(file);

        Assert.DoesNotMatch(ScriptOrImage(), dom);
        Assert.Contains("<li>&lt;script&gt;document.title='owned'&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;\"'&amp;</li>", dom, StringComparison.Ordinal);
        Assert.Contains("<li>Énergie — 日本 🚀</li>", dom, StringComparison.Ordinal);
        Assert.DoesNotContain("owned</title>", dom, StringComparison.Ordinal);
    }

    private static void SkipWithoutChromium() => Skip.IfNot(HeadlessChromium.IsInstalled, HeadlessChromium.SkipReason);

    private string DemoReport()
    {
        var demo = _po.Run("demo", "--state", "state", "--json");
        Assert.True(demo.ExitCode == 0, demo.ToString());
        return Directory.GetFiles(Path.Combine(_po.Directory, "state"), "execution-report.html", SearchOption.AllDirectories).Single();
    }

    private ExecutionReport Report()
    {
        var demo = _po.Run("demo", "--state", "state", "--json");
        return Reporting.Json.ExecutionReportJson.Deserialize(demo.Out)!;
    }

    [GeneratedRegex("<(script|img)", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptOrImage();
}

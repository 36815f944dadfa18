using System.Text.RegularExpressions;
using PortfolioOrchestrator.Domain.Policy;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Reporting.Building;
using PortfolioOrchestrator.Reporting.Html;
using PortfolioOrchestrator.Reporting.Model;
using PortfolioOrchestrator.Reporting.Tests.Markdown;
using PortfolioOrchestrator.Testing.Builders;
using PortfolioOrchestrator.Testing.Calendar;

namespace PortfolioOrchestrator.Reporting.Tests.Html;

public sealed partial class ExecutionReportHtmlTests
{
    private const string Quotes = "\"quoted' & <b>bold</b>";
    private const string Unicode = "Énergie — 日本 🚀";

    [Fact]
    public void Hostile_input_text_is_escaped_everywhere()
    {
        var html = ExecutionReportHtml.Render(Hostile());

        Assert.DoesNotMatch(UnsafeTag(), html);
        Assert.Contains("&lt;SCRIPT&gt;ALERT(1)&lt;/SCRIPT&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&quot;quoted&#39; &amp; &lt;b&gt;bold&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains(Unicode, html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_loads_nothing_from_elsewhere_and_runs_no_script()
    {
        var html = ExecutionReportHtml.Render(Report());

        Assert.DoesNotMatch(ExternalReference(), html);
        Assert.DoesNotMatch(UnsafeTag(), html);
        Assert.Contains("default-src 'none'", html, StringComparison.Ordinal);
        Assert.All(Http().Matches(html), m => Assert.Equal("http://www.w3.org/2000/svg", m.Value));
    }

    [Fact]
    public void Elements_are_balanced()
    {
        var html = ExecutionReportHtml.Render(Hostile());

        foreach (var tag in new[] { "svg", "table", "tr", "td", "section", "ul", "li", "dl", "g", "text", "title" })
        {
            Assert.Equal(Regex.Count(html, $"<{tag}[ >]"), Regex.Count(html, $"</{tag}>"));
        }
    }

    [Fact]
    public void The_sector_chart_shows_before_and_after_with_the_cap_line()
    {
        var html = ExecutionReportHtml.Render(Report());

        Assert.Contains("id=\"sector-chart\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"sector-cap-line\"", html, StringComparison.Ordinal);
        Assert.Contains(">cap 35.00%</text>", html, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(html, "class=\"bar bar-before"));
        Assert.Equal(2, Regex.Count(html, "class=\"bar bar-after"));
        Assert.Contains("<title>Technology before: 7.61%</title>", html, StringComparison.Ordinal);
        Assert.Contains("<title>Technology after: 9.60%</title>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sector_over_the_cap_is_drawn_as_over_it()
    {
        var html = ExecutionReportHtml.Render(Report(), new ChartThresholds(ExecutionPolicy.Default with { SectorCap = Ratio.FromFraction(0.25m) }));

        Assert.Contains(">cap 25.00%</text>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"bar bar-before over-cap\"", html, StringComparison.Ordinal);
        Assert.Contains("<title>Financials before: 27.14%</title>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_buffer_chart_has_a_point_per_trade_that_moved_cash_and_both_lines()
    {
        var report = Report();

        var html = ExecutionReportHtml.Render(report);

        Assert.Contains("id=\"buffer-chart\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"buffer-min-line\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"buffer-floor-line\"", html, StringComparison.Ordinal);
        Assert.Contains(">minimum 15.00%</text>", html, StringComparison.Ordinal);
        Assert.Contains(">floor 12.00%</text>", html, StringComparison.Ordinal);
        Assert.Equal(report.Trades.Count(t => t.BufferAfter is not null), Regex.Count(html, "class=\"buffer-point\""));
        Assert.Contains("<title>after T-001: 16.01%</title>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_fill_the_buffer_chart_says_so()
    {
        var run = new RunBuilder().Trade(RunBuilder.WithStatus("T-001", TradeStatus.NotApproved)).Build();

        var html = ExecutionReportHtml.Render(ExecutionReportBuilder.Build(run, new WeekdayCalendar()));

        Assert.DoesNotContain("id=\"buffer-chart\"", html, StringComparison.Ordinal);
        Assert.Contains("No trade moved the cash buffer.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_trade_has_a_row_with_status_fill_slippage_and_flags()
    {
        var report = Report();

        var html = ExecutionReportHtml.Render(report);

        Assert.Equal(report.Trades.Count, Regex.Count(html, "<tr class=\"trade "));
        Assert.Contains("<tr class=\"trade status-executed\"><td>T-001</td><td>MSFT</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">$410.74</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">+12 bps</td>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"flag\">PARTIAL_FILL</span>", html, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"trade status-deferred\"><td>T-002</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Escalations_show_their_decision_or_the_command_that_decides_them()
    {
        var html = ExecutionReportHtml.Render(Report());

        Assert.Contains("<tr class=\"escalation status-open\"><td>ESC-1</td>", html, StringComparison.Ordinal);
        Assert.Contains("awaiting: <code>po decide ESC-1 approve|defer|halt --by NAME</code>", html, StringComparison.Ordinal);
        Assert.Contains("defer by master-architect at 2026-11-24 13:41:00 -05:00: wait for deposit", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Caveats_and_warnings_are_listed()
    {
        var html = ExecutionReportHtml.Render(Report());

        Assert.Contains("<li>Portfolio data &gt;2 hours old</li>", html, StringComparison.Ordinal);
        Assert.Contains("<li>Sector table differs from positions for Energy</li>", html, StringComparison.Ordinal);
    }

    private static ExecutionReport Report()
    {
        var executed = RunBuilder.Executed("T-001");
        executed = executed with { Flags = [.. executed.Flags, TradeFlag.PartialFill] };
        var run = new RunBuilder()
            .Status(RunStatus.AwaitingDecision)
            .Header(h => h.WithCaveat("Portfolio data >2 hours old"))
            .Trade(executed)
            .Trade(RunBuilder.WithStatus("T-002", TradeStatus.Deferred, sequence: 1, reason: "Deferred by Master-Architect"))
            .Escalate(RunBuilder.Escalation("ESC-1", EscalationType.BufferBreached, EscalationStatus.Open, true, "T-002"))
            .Escalate(RunBuilder.Escalation("ESC-2", EscalationType.SectorCapBreach, EscalationStatus.Deferred, true, "T-002") with
            {
                Decision = new Decision(DecisionKind.Defer, "master-architect", "wait for deposit", RunBuilder.Start.AddMinutes(1)),
            })
            .Build();
        return ExecutionReportBuilder.Build(run, new WeekdayCalendar());
    }

    private static ExecutionReport Hostile()
    {
        var report = HostileText.Report();
        return report with
        {
            Caveats = [.. report.Caveats, Quotes, Unicode],
            SectorsBefore = [.. report.SectorsBefore, new SectorBeforeReport { Sector = "<script>alert(\"x\")</script>", Allocation = 0.5m }],
        };
    }

    [GeneratedRegex("<(script|img|b>|iframe|object|embed|link|a )", RegexOptions.IgnoreCase)]
    private static partial Regex UnsafeTag();

    [GeneratedRegex(@"(src\s*=|href\s*=|url\(|@import)", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    [GeneratedRegex(@"https?://[^""'\s>]*", RegexOptions.IgnoreCase)]
    private static partial Regex Http();
}

using System.Text.Json;

namespace PortfolioOrchestrator.Cli.Tests;

/// <summary>`po run` end to end on the paper venue, checked through the contract's outputs.</summary>
public sealed class RunScenarioTests : IDisposable
{
    private const string Now = "2026-11-24T13:40:00-05:00";
    private readonly PoHarness _po = new();

    public void Dispose() => _po.Dispose();

    private PoResult RunSample(params string[] extra) =>
        _po.Run([
            "run", "--portfolio", _po.Sample("PORTFOLIO.md"), "--qa", _po.Sample("qa-report.json"),
            "--broker", "paper:" + _po.Sample("paper-script.json"), "--now", Now, "--state", "state", "--json", .. extra,
        ]);

    private static JsonElement Trade(JsonElement report, string id) =>
        report.GetProperty("trades").EnumerateArray().Single(t => t.GetProperty("trade_id").GetString() == id);

    [Fact]
    public void Sample_run_completes_and_prints_only_the_report_json_on_stdout()
    {
        var result = RunSample();
        Assert.True(result.ExitCode == 0, result.ToString());
        var report = result.Json;
        Assert.Equal("COMPLETED", report.GetProperty("status").GetString());
        Assert.Equal("STALE_WITHIN_DAY", report.GetProperty("portfolio_state").GetString());
        Assert.Equal("COMPLETED", report.GetProperty("refresh").GetString());
        Assert.Equal("HEALTHY", report.GetProperty("pre_execution").GetProperty("buffer_status").GetString());
        Assert.Equal("PASS", report.GetProperty("buffer_check").GetString());
    }

    [Fact]
    public void Sample_trades_run_in_approval_order_with_the_contracts_statuses_and_flags()
    {
        var report = RunSample().Json;
        var ids = report.GetProperty("trades").EnumerateArray().Select(t => t.GetProperty("trade_id").GetString()).ToList();
        Assert.Equal(["T-003", "T-001", "T-002", "T-005", "T-004"], ids);
        Assert.Equal("NOT_APPROVED", Trade(report, "T-004").GetProperty("status").GetString());
        Assert.Equal("EXECUTED", Trade(report, "T-002").GetProperty("status").GetString());
        Assert.Contains("PARTIAL_FILL", Trade(report, "T-002").GetProperty("flags").EnumerateArray().Select(f => f.GetString()));
        Assert.Contains("SLIPPAGE", Trade(report, "T-005").GetProperty("flags").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(2550m, Trade(report, "T-002").GetProperty("filled_dollars").GetDecimal());
    }

    [Fact]
    public void Sample_buffer_and_cash_after_follow_the_fills()
    {
        var report = RunSample().Json;

        // 45,000 + 4,000 (XOM sell) − 5,000 − 2,550 (85 % of AMD) − 2,000 = 39,450 of 249,800.
        Assert.Equal(39450m, report.GetProperty("cash_after").GetDecimal());
        Assert.Equal(Math.Round(39450m / 249800m, 6), Math.Round(report.GetProperty("buffer_after").GetDecimal(), 6));
    }

    [Fact]
    public void Report_times_are_shown_at_the_exchanges_offset()
    {
        var report = RunSample().Json;
        Assert.Equal("2026-11-24T13:40:00-05:00", report.GetProperty("execution_timestamp").GetString());
        Assert.EndsWith("-05:00", Trade(report, "T-001").GetProperty("execution_timestamp").GetString());
    }

    [Fact]
    public void Run_writes_the_report_and_routed_messages_to_the_default_output_folder()
    {
        var report = RunSample().Json;
        var runId = report.GetProperty("run_id").GetString()!;
        var folder = Path.Combine(_po.Directory, "state", "runs", runId);
        Assert.True(File.Exists(Path.Combine(folder, "execution-report.json")));
        Assert.True(File.Exists(Path.Combine(folder, "execution-report.md")));
        foreach (var route in report.GetProperty("routing").EnumerateArray())
        {
            Assert.True(File.Exists(Path.Combine(folder, route.GetProperty("file").GetString()!)), route.ToString());
        }
    }

    [Fact]
    public void Second_run_of_the_same_report_sends_nothing_and_reports_already_executed()
    {
        var first = RunSample().Json;
        var ordersBefore = _po.Run("paper", "orders", "--state", "state", "--json").Json.GetArrayLength();
        var second = RunSample().Json;
        var ordersAfter = _po.Run("paper", "orders", "--state", "state", "--json").Json.GetArrayLength();

        Assert.Equal(ordersBefore, ordersAfter);
        Assert.Equal("ALREADY_EXECUTED", Trade(second, "T-001").GetProperty("status").GetString());
        Assert.Equal(Trade(first, "T-001").GetProperty("client_order_id").GetString(), Trade(second, "T-001").GetProperty("client_order_id").GetString());
        Assert.NotEqual(first.GetProperty("run_id").GetString(), second.GetProperty("run_id").GetString());
    }

    [Fact]
    public void Paper_orders_holds_one_entry_order_per_executed_trade_and_the_protective_orders()
    {
        RunSample();
        var orders = _po.Run("paper", "orders", "--state", "state", "--json").Json.EnumerateArray().ToList();
        var entries = orders.Where(o => o.GetProperty("type").GetString() == "market").ToList();
        Assert.Equal(4, entries.Count);
        Assert.Equal(entries.Count, entries.Select(o => o.GetProperty("client_order_id").GetString()).Distinct().Count());
        Assert.Contains(orders, o => o.GetProperty("type").GetString() == "stop" && o.GetProperty("symbol").GetString() == "MSFT");
        Assert.Contains(orders, o => o.GetProperty("type").GetString() == "limit" && o.GetProperty("symbol").GetString() == "MSFT");
        Assert.All(orders, o => Assert.True(o.TryGetProperty("status", out _)));
    }

    [Fact]
    public void Dry_run_sends_nothing_to_the_paper_venue()
    {
        var result = RunSample("--dry-run");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("[]", _po.Run("paper", "orders", "--state", "state", "--json").Out.Trim());
    }

    [Fact]
    public void Fresh_state_directory_has_no_paper_orders()
    {
        var result = _po.Run("paper", "orders", "--state", "new-state", "--json");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("[]", result.Out.Trim());
    }

    [Fact]
    public void Report_verb_prints_the_same_report_as_the_run()
    {
        var run = RunSample().Json;
        var runId = run.GetProperty("run_id").GetString()!;
        var printed = _po.Run("report", runId, "--format", "json", "--state", "state");
        Assert.Equal(0, printed.ExitCode);
        Assert.Equal(run.GetProperty("cash_after").GetDecimal(), printed.Json.GetProperty("cash_after").GetDecimal());
        var markdown = _po.Run("report", runId, "--state", "state");
        Assert.Contains("T-001", markdown.Out);
    }

    [Fact]
    public void Report_verb_prints_the_html_page_written_beside_the_json()
    {
        var runId = RunSample().Json.GetProperty("run_id").GetString()!;
        var written = File.ReadAllText(Path.Combine(_po.Directory, "state", "runs", runId, "execution-report.html"));

        var printed = _po.Run("report", runId, "--format", "html", "--state", "state");

        Assert.Equal(0, printed.ExitCode);
        Assert.StartsWith("<!DOCTYPE html>", printed.Out, StringComparison.Ordinal);
        Assert.Equal(written, printed.Out.TrimEnd('\n') + "\n");
        Assert.Contains("id=\"sector-cap-line\"", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Alpaca_without_credentials_is_bad_input_and_sends_nothing()
    {
        var result = _po.Run("run", "--portfolio", _po.Sample("PORTFOLIO.md"), "--qa", _po.Sample("qa-report.json"), "--broker", "alpaca", "--now", Now, "--state", "state");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("APCA_API_KEY_ID", result.Error);
    }
}

using System.Globalization;
using System.Text.Json;
using PortfolioOrchestrator.Testing.Builders;
using PortfolioOrchestrator.Testing.Http;
using PortfolioOrchestrator.Testing.Refresh;

namespace PortfolioOrchestrator.Cli.Tests;

/// <summary>
/// <c>po run --refresh command:CMD|persona</c> end to end on the paper venue (CONTRACT Resolution 24): the
/// sample PORTFOLIO.md is 4 hours old at <see cref="Now"/>, so STEP 2C asks for a QUICK_REFRESH, and a real
/// child process answers it (or not) in real time.
/// </summary>
public sealed class RefreshScenarioTests : IDisposable
{
    private const string Now = "2026-11-24T13:40:00-05:00";
    private const string Refreshed = "2026-11-24T13:30:00-05:00";
    private const decimal StartTotalValue = 249_800m;
    private readonly PoHarness _po = new();

    public RefreshScenarioTests()
    {
        _po.WriteSample("PORTFOLIO.md", "PORTFOLIO.md", text => text);
        _po.Write("fresh.md", FreshPortfolio(40_000m));
    }

    public void Dispose() => _po.Dispose();

    /// <summary>The sample portfolio as Portfolio-Persona would write it at 13:30 with <paramref name="cash"/>.</summary>
    private static string FreshPortfolio(decimal cash) =>
        PortfolioText.Of(DateTimeOffset.Parse(Refreshed, CultureInfo.InvariantCulture), cash);

    private string[] RunArguments(params string[] extra) =>
    [
        "run", "--portfolio", "PORTFOLIO.md", "--qa", _po.Sample("qa-report.json"),
        "--broker", "paper:" + _po.Sample("paper-script.json"), "--now", Now, "--state", "state", "--json", .. extra,
    ];

    private PoResult Run(params string[] extra) => _po.Run(RunArguments(extra));

    private static JsonElement Trade(JsonElement report, string id) =>
        report.GetProperty("trades").EnumerateArray().Single(t => t.GetProperty("trade_id").GetString() == id);

    private static List<string> Caveats(JsonElement report) =>
        [.. report.GetProperty("caveats").EnumerateArray().Select(c => c.GetString()!)];

    private string ShortTimeout(decimal minutes) =>
        _po.Write("policy.json", string.Create(CultureInfo.InvariantCulture, $$"""{ "refresh_timeout_minutes": {{minutes}} }"""));

    [ShellFact]
    public void A_command_that_writes_a_fresh_PORTFOLIO_md_with_less_cash_is_what_STEP_3_executes_on()
    {
        var result = Run("--refresh", "command:cp fresh.md \"$PO_PORTFOLIO_PATH\"");

        Assert.True(result.ExitCode is 0 or 3, result.ToString());
        var report = result.Json;
        Assert.Equal("STALE_WITHIN_DAY", report.GetProperty("portfolio_state").GetString());
        Assert.Equal("COMPLETED", report.GetProperty("refresh").GetString());

        // 40,000 + 4,000 (XOM sell) over the start's 249,800: the in-loop buffer runs on the refreshed cash.
        Assert.Equal(Math.Round(44_000m / StartTotalValue, 6), Math.Round(Trade(report, "T-003").GetProperty("buffer_after").GetDecimal(), 6));
        Assert.Contains("BUFFER_MARGINAL", Trade(report, "T-002").GetProperty("flags").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(34_450m, report.GetProperty("cash_after").GetDecimal());
        var executedOn = report.GetProperty("executed_on_portfolio");
        Assert.Equal(Refreshed, executedOn.GetProperty("last_updated").GetString());
        Assert.Equal("COMMAND", executedOn.GetProperty("refreshed_by").GetString());
    }

    [ShellFact]
    public void The_markdown_report_says_which_PORTFOLIO_md_the_run_executed_on()
    {
        var report = Run("--refresh", "command:cp fresh.md \"$PO_PORTFOLIO_PATH\"").Json;

        var folder = Path.Combine(_po.Directory, "state", "runs", report.GetProperty("run_id").GetString()!);
        var markdown = File.ReadAllText(Path.Combine(folder, "execution-report.md"));
        Assert.Contains("Executed on: the refreshed PORTFOLIO.md (COMMAND), Last Updated 2026-11-24 13:30:00 -05:00", markdown, StringComparison.Ordinal);
    }

    [ShellFact]
    public void A_command_that_exits_non_zero_is_FAILED_with_its_exit_code_and_stderr_in_the_caveat_and_the_run_goes_on()
    {
        var result = Run("--refresh", "command:echo 'portfolio service unreachable' >&2; exit 7");

        var report = result.Json;
        Assert.Equal("FAILED", report.GetProperty("refresh").GetString());
        var caveat = Assert.Single(Caveats(report), c => c.StartsWith("Refresh failed", StringComparison.Ordinal));
        Assert.Contains("exited with code 7", caveat, StringComparison.Ordinal);
        Assert.Contains("portfolio service unreachable", caveat, StringComparison.Ordinal);
        Assert.Contains("Portfolio data >2 hours old", Caveats(report));
        Assert.Equal(39_450m, report.GetProperty("cash_after").GetDecimal());
        Assert.Equal("2026-11-24T09:40:00-05:00", report.GetProperty("executed_on_portfolio").GetProperty("last_updated").GetString());
        Assert.Equal(JsonValueKind.Null, report.GetProperty("executed_on_portfolio").GetProperty("refreshed_by").ValueKind);
    }

    [ShellFact]
    public void A_command_that_writes_an_unreadable_file_is_FAILED_with_the_files_problems()
    {
        _po.Write("broken.md", "# PORTFOLIO\n**Last Updated:** 2026-11-24T13:30:00-05:00\n");

        var report = Run("--refresh", "command:cp broken.md \"$PO_PORTFOLIO_PATH\"").Json;

        Assert.Equal("FAILED", report.GetProperty("refresh").GetString());
        Assert.Contains(Caveats(report), c => c.Contains("does not read", StringComparison.Ordinal));
        Assert.Equal(39_450m, report.GetProperty("cash_after").GetDecimal());
    }

    [ShellFact]
    public void A_command_that_writes_an_older_Last_Updated_is_TIMED_OUT_and_the_run_executes_on_the_given_file()
    {
        _po.Write("older.md", FreshPortfolio(40_000m).Replace(Refreshed, "2026-11-24T08:00:00-05:00", StringComparison.Ordinal));

        var report = Run("--refresh", "command:cp older.md \"$PO_PORTFOLIO_PATH\"").Json;

        Assert.Equal("TIMED_OUT", report.GetProperty("refresh").GetString());
        Assert.Contains(report.GetProperty("escalations").EnumerateArray(), e => e.GetProperty("type").GetString() == "REFRESH_DELAYED");
        Assert.Equal(39_450m, report.GetProperty("cash_after").GetDecimal());
    }

    [ShellFact]
    public void A_command_that_sleeps_past_the_timeout_is_stopped_and_the_run_goes_on_TIMED_OUT_with_REFRESH_DELAYED()
    {
        var policy = ShortTimeout(0.03m);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var result = Run("--policy", policy, "--refresh", "command:echo $$ > refresh.pid; exec sleep 600");

        // 0.03 minutes of real time, although --now makes every other wait of the paper venue instant.
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1.8), $"waited only {clock.Elapsed}");

        var report = result.Json;
        Assert.Equal("TIMED_OUT", report.GetProperty("refresh").GetString());
        var delayed = Assert.Single(report.GetProperty("escalations").EnumerateArray(), e => e.GetProperty("type").GetString() == "REFRESH_DELAYED");
        Assert.False(delayed.GetProperty("blocking").GetBoolean());
        Assert.Contains("Portfolio data >2 hours old", Caveats(report));
        Assert.Equal("EXECUTED", Trade(report, "T-001").GetProperty("status").GetString());
        var pid = int.Parse(File.ReadAllText(Path.Combine(_po.Directory, "refresh.pid")).Trim(), CultureInfo.InvariantCulture);
        Assert.False(ProcessState.IsRunning(pid), $"the refresh command (pid {pid}) still runs");
    }

    [ShellFact]
    public void Persona_mode_routes_the_request_to_the_outbox_and_its_webhook_and_takes_the_file_another_process_writes()
    {
        const string secret = "persona-secret";
        _po.Variables["PO_PERSONA_SECRET"] = secret;
        using var server = new LocalWebhookServer();
        var routing = _po.Write("routing.json", $$"""
            { "recipients": { "Portfolio-Persona": { "deliver": ["outbox", "webhook"],
              "webhook": { "url": "{{server.Url.AbsoluteUri}}", "secret_env": "PO_PERSONA_SECRET" } } } }
            """);
        using var persona = StartPersona();

        var result = Run("--routing", routing, "--refresh", "persona");

        var report = result.Json;
        Assert.Equal("COMPLETED", report.GetProperty("refresh").GetString());
        Assert.Equal("PERSONA", report.GetProperty("executed_on_portfolio").GetProperty("refreshed_by").GetString());
        Assert.Equal(34_450m, report.GetProperty("cash_after").GetDecimal());
        var request = Assert.Single(server.Requests, r => JsonDocument.Parse(r.Body).RootElement.GetProperty("recipient").GetString() == "Portfolio-Persona");
        Assert.Equal(ExpectedSignature.Of(request.Body, secret), request.Signature);
        var body = JsonDocument.Parse(request.Body).RootElement;
        Assert.Equal("QUICK_REFRESH", body.GetProperty("signal").GetString());
        Assert.Equal(Path.Combine(_po.Directory, "PORTFOLIO.md"), body.GetProperty("portfolio_path").GetString());
        var folder = Path.Combine(_po.Directory, "state", "runs", report.GetProperty("run_id").GetString()!);
        Assert.Equal(File.ReadAllText(Path.Combine(folder, "to-portfolio-persona.md")), body.GetProperty("message_markdown").GetString());
    }

    [Fact]
    public void Persona_mode_without_an_answer_is_TIMED_OUT_after_the_timeout_with_REFRESH_DELAYED()
    {
        var report = Run("--policy", ShortTimeout(0.02m), "--refresh", "persona").Json;

        Assert.Equal("TIMED_OUT", report.GetProperty("refresh").GetString());
        Assert.Contains(report.GetProperty("escalations").EnumerateArray(), e => e.GetProperty("type").GetString() == "REFRESH_DELAYED");
        Assert.Contains(Caveats(report), c => c == "Refresh still pending: sector allocation may have shifted");
    }

    [ShellFact]
    public void After_a_crash_after_the_refresh_po_resume_continues_from_the_refreshed_portfolio_never_the_stale_one()
    {
        // Commits: run created, its start, STEP 1, STEP 2 with the refresh; the 5th would be the first order's intent.
        var crashed = PoProcess.RunCrashingAfterCommits(_po.Directory, _po.Variables, 4, RunArguments("--refresh", "command:cp fresh.md \"$PO_PORTFOLIO_PATH\""));
        Assert.True(crashed.ExitCode != 0, crashed.ToString());
        var runId = _po.Run("status", "--state", "state", "--json").Json[0].GetProperty("run_id").GetString()!;

        // The path holds the stale file again: only the journal can say what the refresh delivered.
        _po.WriteSample("PORTFOLIO.md", "PORTFOLIO.md", text => text);
        var resumed = _po.Run("resume", runId, "--now", Now, "--state", "state", "--json");

        Assert.True(resumed.ExitCode is 0 or 3, resumed.ToString());
        var report = resumed.Json;
        Assert.Equal("COMPLETED", report.GetProperty("refresh").GetString());
        Assert.Equal(34_450m, report.GetProperty("cash_after").GetDecimal());
        Assert.Equal(Refreshed, report.GetProperty("executed_on_portfolio").GetProperty("last_updated").GetString());
    }

    [ShellFact]
    public void A_FULL_REFRESH_after_an_approved_STALE_PORTFOLIO_uses_the_mode_the_run_was_started_with()
    {
        _po.WriteSample("PORTFOLIO.md", "PORTFOLIO.md", text => text.Replace("2026-11-24T09:40:00-05:00", "2026-11-19T09:40:00-05:00", StringComparison.Ordinal));
        var paused = Run("--refresh", "command:printf '%s|%s' \"$PO_REFRESH_SCOPE\" \"$PO_REFRESH_ACCOUNTS\" > scope.txt; cp fresh.md \"$PO_PORTFOLIO_PATH\"");
        Assert.True(paused.ExitCode == 4, paused.ToString());
        Assert.False(File.Exists(Path.Combine(_po.Directory, "scope.txt")));
        var stale = Assert.Single(paused.Json.GetProperty("escalations").EnumerateArray(), e => e.GetProperty("type").GetString() == "STALE_PORTFOLIO");
        var runId = paused.Json.GetProperty("run_id").GetString()!;
        var decided = _po.Run("decide", stale.GetProperty("id").GetString()!, "approve", "--by", "Master-Architect", "--state", "state");
        Assert.True(decided.ExitCode == 0, decided.ToString());

        var resumed = _po.Run("resume", runId, "--now", Now, "--state", "state", "--json");

        Assert.True(resumed.ExitCode is 0 or 3, resumed.ToString());
        Assert.Equal("FULL|TAXABLE-1,ROTH-1", File.ReadAllText(Path.Combine(_po.Directory, "scope.txt")));
        Assert.Equal("TOO_STALE", resumed.Json.GetProperty("portfolio_state").GetString());
        Assert.Equal("COMPLETED", resumed.Json.GetProperty("refresh").GetString());
        Assert.Equal(Refreshed, resumed.Json.GetProperty("executed_on_portfolio").GetProperty("last_updated").GetString());
    }

    [ShellFact]
    public void A_dry_run_neither_runs_the_refresh_command_nor_asks_Portfolio_Persona()
    {
        var report = Run("--dry-run", "--refresh", "command:touch ran").Json;

        Assert.False(File.Exists(Path.Combine(_po.Directory, "ran")));
        Assert.Contains(Caveats(report), c => c.StartsWith("Dry run: the QUICK_REFRESH by --refresh command:touch ran was not asked for", StringComparison.Ordinal));
    }

    [ShellFact]
    public void The_sample_refresh_script_stamps_a_later_Last_Updated_and_the_refresh_completes()
    {
        var result = Run("--refresh", $"command:sh '{_po.Sample("refresh-portfolio.sh")}'");

        var report = result.Json;
        Assert.Equal("COMPLETED", report.GetProperty("refresh").GetString());
        Assert.Equal(39_450m, report.GetProperty("cash_after").GetDecimal());
        var stamped = DateTimeOffset.Parse(report.GetProperty("executed_on_portfolio").GetProperty("last_updated").GetString()!, CultureInfo.InvariantCulture);
        Assert.True(stamped > DateTimeOffset.Parse("2026-11-24T09:40:00-05:00", CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("broker")]
    [InlineData("command:")]
    public void An_unknown_refresh_mode_is_bad_input_and_nothing_runs(string mode)
    {
        var result = Run("--refresh", mode);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--refresh", result.Out + result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_po.Directory, "state", "runs")));
    }

    [Fact]
    public void The_refresh_command_never_writes_to_pos_stdout()
    {
        var result = Run("--refresh", "command:echo 'not json'; cp fresh.md \"$PO_PORTFOLIO_PATH\"");

        Assert.Equal("COMPLETED", result.Json.GetProperty("refresh").GetString());
    }

    /// <summary>Another OS process standing in for Portfolio-Persona: it waits for the request in the run folder, then renames a fresh PORTFOLIO.md over the path.</summary>
    private System.Diagnostics.Process StartPersona()
    {
        var start = new System.Diagnostics.ProcessStartInfo("/bin/sh") { UseShellExecute = false, WorkingDirectory = _po.Directory };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("i=0; until ls state/runs/*/to-portfolio-persona.md > /dev/null 2>&1 || [ $i -gt 600 ]; do sleep 0.1; i=$((i+1)); done; cp fresh.md PORTFOLIO.md.tmp && mv PORTFOLIO.md.tmp PORTFOLIO.md");
        return System.Diagnostics.Process.Start(start)!;
    }
}

using PortfolioOrchestrator.Testing.Refresh;

namespace PortfolioOrchestrator.Cli.Tests.People;

/// <summary>
/// CONTRACT Resolutions 19 and 24: a signal that comes while STEP 2C waits for a refresh by another program
/// ends the wait at once — not after <c>refresh_timeout_minutes</c> — stops that program, exits 130 with
/// the run INTERRUPTED before any order, and <c>po resume</c> asks for the refresh again.
/// </summary>
public sealed class Resolution19RefreshWaitTests : IDisposable
{
    /// <summary>The sample PORTFOLIO.md is 4 hours old then: STEP 2C asks for a QUICK_REFRESH.</summary>
    private const string Now = "2026-11-24T13:40:00-05:00";
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);
    private readonly PoHarness _po = new();

    public void Dispose() => _po.Dispose();

    [ShellFact]
    public void Resolution_19_SIGINT_during_a_refresh_wait_stops_the_command_exits_130_and_resume_refreshes_again()
    {
        _po.WriteSample("PORTFOLIO.md", "PORTFOLIO.md", text => text);
        // The refresh command says it started (with its pid), then never answers.
        const string Hanging = "command:echo $$ > refresh.pid; exec sleep 600";
        using var child = ChildPo.Start(
            _po.Directory, "run", "--portfolio", "PORTFOLIO.md", "--qa", _po.Sample("qa-report.json"),
            "--broker", "paper:" + _po.Sample("paper-script.json"), "--now", Now, "--state", "state", "--refresh", Hanging);
        var pid = WaitForPid(Path.Combine(_po.Directory, "refresh.pid"), child);

        child.Signal(2);
        var stopped = child.WaitForExit(Limit);

        Assert.True(stopped.ExitCode == 130, stopped.ToString());
        Assert.False(IsRunning(pid), $"the refresh command (pid {pid}) is still running after the run stopped");
        var runId = _po.Run("status", "--state", "state", "--json").Json[0].GetProperty("run_id").GetString()!;
        Assert.Contains($"po resume {runId}", stopped.Error, StringComparison.Ordinal);
        var status = _po.Run("status", runId, "--state", "state", "--json").Json;
        Assert.Equal("INTERRUPTED", status.GetProperty("status").GetString());
        Assert.All(status.GetProperty("trades").EnumerateArray(), t => Assert.Contains(t.GetProperty("status").GetString(), new[] { "QUEUED", "NOT_APPROVED" }));
        Assert.Equal(0, _po.Run("paper", "orders", "--state", "state", "--json").Json.GetArrayLength());

        var resumed = _po.Run("resume", runId, "--now", Now, "--state", "state", "--refresh", "venue", "--json");

        Assert.True(resumed.ExitCode is 0 or 3, resumed.ToString());
        var report = resumed.Json;
        Assert.Equal("STALE_WITHIN_DAY", report.GetProperty("portfolio_state").GetString());
        Assert.Equal("COMPLETED", report.GetProperty("refresh").GetString());
        Assert.DoesNotContain(report.GetProperty("trades").EnumerateArray(), t => t.GetProperty("status").GetString() == "QUEUED");
    }

    private static int WaitForPid(string file, ChildPo child)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < Limit)
        {
            if (File.Exists(file) && int.TryParse(File.ReadAllText(file).Trim(), out var pid))
            {
                return pid;
            }

            Thread.Sleep(50);
        }

        throw new TimeoutException($"the refresh command never started: {child.WaitForExit(TimeSpan.FromSeconds(5))}");
    }

    private static bool IsRunning(int pid)
    {
        // A killed child may linger as a zombie until reaped; only a live state counts as running.
        var stat = $"/proc/{pid}/stat";
        if (!File.Exists(stat))
        {
            return false;
        }

        try
        {
            var fields = File.ReadAllText(stat).Split(") ", 2);
            return fields.Length == 2 && !fields[1].StartsWith('Z');
        }
        catch (IOException)
        {
            return false;
        }
    }
}

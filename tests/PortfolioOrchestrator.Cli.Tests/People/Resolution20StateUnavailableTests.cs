using System.Text.Json;

namespace PortfolioOrchestrator.Cli.Tests.People;

/// <summary>
/// CONTRACT Resolution 20 and issue "safety and the people who use it": a state directory that fills up
/// mid-run ends the run with exit 1 and a message naming the directory, saying what is kept, and giving the
/// resume line; its report is written INTERRUPTED; after space is freed <c>po resume</c> finishes every trade
/// and sends none twice. The "full disk" is real: the process may not grow any file past 512 KB.
/// </summary>
public sealed class Resolution20StateUnavailableTests : IDisposable
{
    private const int Trades = 40;
    private readonly PoHarness _po = new();

    public void Dispose() => _po.Dispose();

    [SkippableFact]
    public void Resolution_20_a_state_directory_that_fills_up_mid_run_stops_it_with_the_resume_line_and_resume_finishes_it_once()
    {
        Skip.IfNot(File.Exists("/bin/sh"), "/bin/sh is needed to limit the size of the files po writes (ulimit -f)");
        var qa = QaFiles.Buys(_po, "many.json", Trades, 100m);
        var state = Path.Combine(_po.Directory, "state");

        using var child = ChildPo.StartWithFileSizeLimit(_po.Directory, 512, "run", "--portfolio", _po.Sample("PORTFOLIO.md"), "--qa", qa, "--now", QaFiles.SampleNow, "--state", "state", "--json");
        var full = child.WaitForExit(TimeSpan.FromMinutes(3));

        Assert.True(full.ExitCode == 1, full.ToString());
        var error = JsonDocument.Parse(full.Out).RootElement.GetProperty("error");
        Assert.Equal("state_unavailable", error.GetProperty("kind").GetString());
        var runId = error.GetProperty("run_id").GetString()!;
        var message = error.GetProperty("message").GetString()!;
        Assert.Contains(state, message, StringComparison.Ordinal);
        Assert.Contains("no order was sent without its intent journaled first", message, StringComparison.Ordinal);
        Assert.Contains($"po resume {runId} --state {state}", message, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", full.Error, StringComparison.Ordinal);
        var status = _po.Run("status", runId, "--state", "state", "--json").Json;
        Assert.Equal("INTERRUPTED", status.GetProperty("status").GetString());
        Assert.Contains(status.GetProperty("trades").EnumerateArray(), t => t.GetProperty("status").GetString() == "QUEUED");

        var resumed = _po.Run("resume", runId, "--now", QaFiles.SampleNow, "--state", "state", "--json");

        Assert.True(resumed.ExitCode is 0 or 3, resumed.ToString());
        Assert.All(resumed.Json.GetProperty("trades").EnumerateArray(), t => Assert.Equal("EXECUTED", t.GetProperty("status").GetString()));
        var entries = _po.Run("paper", "orders", "--state", "state", "--json").Json.EnumerateArray()
            .Where(o => o.GetProperty("type").GetString() == "market").Select(o => o.GetProperty("client_order_id").GetString()).ToList();
        Assert.Equal(Trades, entries.Count);
        Assert.Equal(Trades, entries.Distinct().Count());
    }
}

using System.Text.Json;

namespace PortfolioOrchestrator.Cli.Tests.People;

/// <summary>
/// CONTRACT Resolution 19: SIGINT or SIGTERM stops a run at the next safe point — the trade in flight is
/// answered and journaled, the rest stay QUEUED — with exit 130, status INTERRUPTED and the resume line;
/// <c>po resume</c> then finishes it without sending any order twice. A real process gets a real signal.
/// </summary>
public sealed class Resolution19InterruptionTests : IDisposable
{
    private const int Trades = 8;
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);
    private readonly PoHarness _po = new();

    public void Dispose() => _po.Dispose();

    [Theory]
    [InlineData("SIGINT", 2)]
    [InlineData("SIGTERM", 15)]
    public void Resolution_19_a_signal_stops_the_run_at_a_safe_point_with_exit_130_and_resume_finishes_it_once(string name, int signal)
    {
        var qa = QaFiles.Buys(_po, "slow.json", Trades, 100m);
        // Each venue call takes 150 ms of real time, so the run is still going when the signal comes.
        var script = _po.Write("slow-venue.json", """{ "latency_ms": 150 }""");
        using var child = ChildPo.Start(_po.Directory, "run", "--portfolio", _po.Sample("PORTFOLIO.md"), "--qa", qa, "--broker", "paper:" + script, "--now", QaFiles.SampleNow, "--state", "state");
        Assert.True(child.WaitForError(line => line.Contains("✓ T-001", StringComparison.Ordinal), Limit), $"{name}: the first trade never finished");

        child.Signal(signal);
        var stopped = child.WaitForExit(Limit);

        Assert.True(stopped.ExitCode == 130, $"{name}: {stopped}");
        var runId = _po.Run("status", "--state", "state", "--json").Json[0].GetProperty("run_id").GetString()!;
        Assert.Contains($"po resume {runId} --state {Path.Combine(_po.Directory, "state")}", stopped.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", stopped.Error, StringComparison.Ordinal);
        var status = _po.Run("status", runId, "--state", "state", "--json").Json;
        Assert.Equal("INTERRUPTED", status.GetProperty("status").GetString());
        var statuses = status.GetProperty("trades").EnumerateArray().Select(t => t.GetProperty("status").GetString()).ToList();
        Assert.All(statuses, s => Assert.Contains(s, new[] { "EXECUTED", "QUEUED" }));
        Assert.Contains("QUEUED", statuses);
        Assert.Equal("EXECUTED", statuses[0]);
        Assert.Equal(statuses.Count(s => s == "EXECUTED"), EntryOrders().Count);
        var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(_po.Directory, "state", "runs", runId, "execution-report.json"))).RootElement;
        Assert.Equal("INTERRUPTED", report.GetProperty("status").GetString());

        var resumed = _po.Run("resume", runId, "--now", QaFiles.SampleNow, "--state", "state", "--json");

        Assert.True(resumed.ExitCode is 0 or 3, resumed.ToString());
        Assert.All(resumed.Json.GetProperty("trades").EnumerateArray(), t => Assert.Equal("EXECUTED", t.GetProperty("status").GetString()));
        var entries = EntryOrders();
        Assert.Equal(Trades, entries.Count);
        Assert.Equal(Trades, entries.Distinct().Count());
    }

    [Fact]
    public void Resolution_19_an_interrupted_run_with_json_is_one_interrupted_error_object()
    {
        var qa = QaFiles.Buys(_po, "slow.json", Trades, 100m);
        var script = _po.Write("slow-venue.json", """{ "latency_ms": 150 }""");
        using var child = ChildPo.Start(_po.Directory, "run", "--portfolio", _po.Sample("PORTFOLIO.md"), "--qa", qa, "--broker", "paper:" + script, "--now", QaFiles.SampleNow, "--json");
        Assert.True(child.WaitForError(line => line.Contains("✓ T-001", StringComparison.Ordinal), Limit), "the first trade never finished");

        child.Signal(2);
        var stopped = child.WaitForExit(Limit);

        Assert.True(stopped.ExitCode == 130, stopped.ToString());
        var error = JsonDocument.Parse(stopped.Out).RootElement.GetProperty("error");
        Assert.Equal("interrupted", error.GetProperty("kind").GetString());
        var runId = error.GetProperty("run_id").GetString()!;
        Assert.Contains($"po resume {runId}", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    /// <summary>The client order ids of the entry (market) orders the paper venue holds.</summary>
    private List<string> EntryOrders() =>
        [.. _po.Run("paper", "orders", "--state", "state", "--json").Json.EnumerateArray()
            .Where(o => o.GetProperty("type").GetString() == "market")
            .Select(o => o.GetProperty("client_order_id").GetString()!)];
}

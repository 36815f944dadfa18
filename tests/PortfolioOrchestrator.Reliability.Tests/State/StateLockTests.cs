using PortfolioOrchestrator.Journal;

namespace PortfolioOrchestrator.Reliability.Tests.State;

/// <summary>One writer per state directory: a second writer is refused at once, and a killed holder leaves no stale lock.</summary>
public sealed class StateLockTests : IDisposable
{
    private const string LockMessage = "Another po process is using state directory";

    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void While_the_lock_is_held_run_resume_and_decide_exit_2_and_after_release_they_proceed()
    {
        var (portfolio, qa) = SampleInputs();
        var paused = _workspace.Po(RunArgs(portfolio, qa, "--now", "2026-11-24T13:40:00-05:00"));
        Assert.True(paused.ExitCode == 4, paused.ToString());
        var runId = paused.Json.GetProperty("run_id").GetString()!;
        var escalationId = paused.Json.GetProperty("escalations")[0].GetProperty("id").GetString()!;

        using (var held = StateDirectoryLock.TryAcquire(_workspace.State).Lock!)
        {
            foreach (var refused in new[]
            {
                _workspace.Po(RunArgs(portfolio, qa, "--now", "2026-11-24T13:40:00-05:00")),
                _workspace.Po("resume", runId, "--now", "2026-11-24T13:40:00-05:00", "--state", _workspace.State),
                _workspace.Po("decide", escalationId, "approve", "--by", "Master-Architect", "--state", _workspace.State),
            })
            {
                AssertRefused(refused);
            }
        }

        Assert.Equal(0, _workspace.Po("decide", escalationId, "approve", "--by", "Master-Architect", "--state", _workspace.State).ExitCode);
        var resumed = _workspace.Po("resume", runId, "--now", "2026-11-24T13:40:00-05:00", "--state", _workspace.State, "--json");
        Assert.True(resumed.ExitCode == 3, resumed.ToString());
    }

    [Fact]
    public void A_running_po_keeps_a_second_writer_out_and_its_SIGKILL_leaves_no_stale_lock()
    {
        var (portfolio, qa) = SampleInputs(fresh: true);
        var slow = _workspace.Write("slow.json", """{ "latency_ms": 10000 }""");
        var holder = PoProcess.Start(_workspace.Directory, null, RunArgs(portfolio, qa, "--now", "2026-11-24T13:40:00-05:00", "--broker", "paper:" + slow));
        try
        {
            WaitForRunRecorded(holder);
            var runId = _workspace.Po("status", "--state", _workspace.State, "--json").Json[0].GetProperty("run_id").GetString()!;
            AssertRefused(_workspace.Po(RunArgs(portfolio, qa, "--now", "2026-11-24T13:40:00-05:00")));
            AssertRefused(_workspace.Po("resume", runId, "--state", _workspace.State));
            AssertRefused(_workspace.Po("decide", runId + "-E1", "approve", "--by", "Master-Architect", "--state", _workspace.State));
            Assert.True(holder.Kill(), "the holder should still be running while the others are refused: they did not wait for it");
        }
        finally
        {
            holder.Kill();
            holder.WaitForExit();
        }

        var unknown = _workspace.Po("decide", "NOPE-E1", "approve", "--by", "Master-Architect", "--state", _workspace.State);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("unknown escalation", unknown.Error, StringComparison.Ordinal);
        var other = _workspace.Write("qa2.json", Workspace.Sample("qa-report.json").Replace("QA-2026-11-24-001", "QA-2026-11-24-002", StringComparison.Ordinal));
        var next = _workspace.Po(RunArgs(portfolio, other, "--now", "2026-11-24T13:40:00-05:00"));
        Assert.True(next.ExitCode == 0, next.ToString());
    }

    private static void AssertRefused(PoResult result)
    {
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(LockMessage, result.Error, StringComparison.Ordinal);
        Assert.False(result.HasStackTrace, result.ToString());
    }

    private (string Portfolio, string Qa) SampleInputs(bool fresh = false)
    {
        var portfolio = Workspace.Sample("PORTFOLIO.md");
        return (
            _workspace.Write("portfolio.md", fresh ? portfolio : portfolio.Replace("2026-11-24T09:40:00-05:00", "2026-11-19T09:40:00-05:00", StringComparison.Ordinal)),
            _workspace.Write("qa.json", Workspace.Sample("qa-report.json")));
    }

    private string[] RunArgs(string portfolio, string qa, params string[] more) =>
        ["run", "--portfolio", portfolio, "--qa", qa, "--state", _workspace.State, "--json", .. more];

    /// <summary>The holder has the lock once its run is in the journal (the lock is taken before the journal is opened).</summary>
    private void WaitForRunRecorded(RunningPo holder)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var status = _workspace.Po("status", "--state", _workspace.State, "--json");
            if (status.ExitCode == 0 && status.Json.GetArrayLength() > 0)
            {
                return;
            }

            Assert.False(holder.HasExited, "the holder ended before its run was recorded");
            Thread.Sleep(50);
        }

        throw new TimeoutException("the holder never recorded its run");
    }
}

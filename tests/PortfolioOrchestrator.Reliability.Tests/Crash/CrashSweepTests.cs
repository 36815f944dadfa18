namespace PortfolioOrchestrator.Reliability.Tests.Crash;

/// <summary>
/// The real <c>po</c> killed right after every journal commit of the sample run, or right after every call
/// to its venue (the venue then ahead of the journal by all since the last durable commit), then resumed:
/// every outcome equals the crash-free one, one entry order per trade, no fill lost.
/// </summary>
public sealed class CrashSweepTests(ITestOutputHelper output)
{
    [Fact]
    public void The_sample_run_killed_after_any_commit_resumes_to_the_crash_free_outcome()
    {
        var sweep = new CrashSweep();
        sweep.SweepCommits(Scenario.Sample(latencyMs: 0), stage: 0);
        SweepAssert.Clean(sweep, output, minimumKills: 7);
    }

    [Fact]
    public void The_sample_run_killed_after_any_venue_call_resumes_to_the_crash_free_outcome()
    {
        var sweep = new CrashSweep();
        sweep.SweepVenueCalls(Scenario.Sample(latencyMs: 0), stage: 0);
        SweepAssert.Clean(sweep, output, minimumKills: 12);
    }
}

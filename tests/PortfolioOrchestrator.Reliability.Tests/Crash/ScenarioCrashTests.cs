namespace PortfolioOrchestrator.Reliability.Tests.Crash;

/// <summary>A deterministic sample of commits in the scenarios that pause, reject and leave an order unfilled.</summary>
public sealed class ScenarioCrashTests(ITestOutputHelper output)
{
    [Fact]
    public void A_paused_run_killed_after_its_approval_resumes_to_the_crash_free_outcome()
    {
        var sweep = new CrashSweep();
        var scenario = Scenario.StaleApproved(latencyMs: 0);
        foreach (var commits in new[] { 1, 2, 3, 5, 8, 13, 21 })
        {
            sweep.Try(scenario, Fault.AfterCommits(stage: 1, commits));
        }

        sweep.Try(scenario, Fault.AfterCommits(stage: 0, 2));
        SweepAssert.Clean(sweep, output, minimumKills: 4);
    }

    [Fact]
    public void A_run_with_a_rejected_and_an_unfilled_order_killed_anywhere_resumes_to_the_crash_free_outcome()
    {
        var sweep = new CrashSweep();
        var scenario = Scenario.NoFillAndReject(latencyMs: 0);
        foreach (var commits in new[] { 2, 4, 6, 9, 12, 15, 18 })
        {
            sweep.Try(scenario, Fault.AfterCommits(stage: 0, commits));
        }

        SweepAssert.Clean(sweep, output, minimumKills: 4);
    }
}

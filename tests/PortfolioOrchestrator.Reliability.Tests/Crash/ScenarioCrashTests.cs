namespace PortfolioOrchestrator.Reliability.Tests.Crash;

/// <summary>A deterministic sample of commits and venue calls in the scenarios that pause, reject and leave an order unfilled.</summary>
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
        foreach (var calls in new[] { 2, 5, 9 })
        {
            sweep.Try(scenario, Fault.AfterVenueCalls(stage: 1, calls));
        }

        SweepAssert.Clean(sweep, output, minimumKills: 6);
    }

    [Fact]
    public void A_run_with_a_rejected_and_an_unfilled_order_killed_anywhere_resumes_to_the_crash_free_outcome()
    {
        var sweep = new CrashSweep();
        var scenario = Scenario.NoFillAndReject(latencyMs: 0);
        sweep.SweepCommits(scenario, stage: 0);
        foreach (var calls in new[] { 2, 4, 6, 9, 12 })
        {
            sweep.Try(scenario, Fault.AfterVenueCalls(stage: 0, calls));
        }

        SweepAssert.Clean(sweep, output, minimumKills: 8);
    }
}

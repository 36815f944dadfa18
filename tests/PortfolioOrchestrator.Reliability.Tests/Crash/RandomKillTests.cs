namespace PortfolioOrchestrator.Reliability.Tests.Crash;

/// <summary>SIGKILL at random instants of a run whose broker calls take 50 ms, then resume.</summary>
public sealed class RandomKillTests(ITestOutputHelper output)
{
    [Fact]
    public void The_sample_run_killed_at_random_instants_resumes_to_the_crash_free_outcome()
    {
        var sweep = new CrashSweep();
        var random = new Random(20261124);
        for (var i = 0; i < 8; i++)
        {
            sweep.RandomInstant(Scenario.Sample(latencyMs: 50), random);
        }

        SweepAssert.Clean(sweep, output, minimumKills: 4);
    }
}

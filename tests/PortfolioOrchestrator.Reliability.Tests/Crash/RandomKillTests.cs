namespace PortfolioOrchestrator.Reliability.Tests.Crash;

/// <summary>SIGKILL at random instants of a run whose broker calls take 50 ms, then resume.</summary>
public sealed class RandomKillTests(ITestOutputHelper output)
{
    [Fact]
    public void The_sample_run_killed_at_random_instants_resumes_to_the_crash_free_outcome()
    {
        using var sweep = new CrashSweep();
        var random = new Random(20261124);
        // Eight trials at least, and more (up to 32) until four kills have landed: the instants come from
        // a baseline timed on this machine, so a busier or quieter moment must not decide the test.
        for (var i = 0; i < 32 && (i < 8 || sweep.Kills < 4); i++)
        {
            sweep.RandomInstant(Scenario.Sample(latencyMs: 50), random);
        }

        SweepAssert.Clean(sweep, output, minimumKills: 4);
    }
}

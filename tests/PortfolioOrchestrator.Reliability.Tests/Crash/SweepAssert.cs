namespace PortfolioOrchestrator.Reliability.Tests.Crash;

internal static class SweepAssert
{
    public static void Clean(CrashSweep sweep, ITestOutputHelper output, int minimumKills)
    {
        output.WriteLine(sweep.Figures(TimeSpan.Zero));
        Assert.True(sweep.Failures.Count == 0, string.Join("\n\n", sweep.Failures));
        Assert.Equal(0, sweep.Duplicates);
        Assert.Equal(0, sweep.LostFills);
        Assert.Equal(0, sweep.ProtectionMismatches);
        Assert.True(sweep.Kills >= minimumKills, $"only {sweep.Kills} kills landed");
    }
}

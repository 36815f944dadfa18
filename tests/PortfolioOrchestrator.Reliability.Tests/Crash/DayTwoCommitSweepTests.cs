using System.Diagnostics;

namespace PortfolioOrchestrator.Reliability.Tests.Crash;

/// <summary>The day-two scenario killed after each of its commits, then after each of its venue calls, in turn; opt-in (<c>PO_LONG_SWEEP=1</c>).</summary>
public sealed class DayTwoCommitSweepTests(ITestOutputHelper output)
{
    /// <summary>Every commit and every venue call of the day-two scenario (CONTRACT Resolution 15), on its own: <c>PO_LONG_SWEEP=1</c>, filter <c>DayTwoCommitSweepTests</c> (the long sweep covers it too, through <see cref="Scenario.All"/>).</summary>
    [LongSweepFact]
    public void DayTwo_every_commit_killed_leaves_every_position_protected_once_and_no_duplicate()
    {
        var clock = Stopwatch.StartNew();
        using var sweep = new CrashSweep();
        sweep.SweepCommits(Scenario.DayTwo(latencyMs: 0), stage: 0);
        sweep.SweepVenueCalls(Scenario.DayTwo(latencyMs: 0), stage: 0);
        var figures = sweep.Figures(clock.Elapsed) +
            $"machine:          {Environment.MachineName}, {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}\n" +
            $"date:             {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC\n";
        output.WriteLine(figures);
        if (Environment.GetEnvironmentVariable("PO_SWEEP_REPORT") is { Length: > 0 } path)
        {
            File.WriteAllText(path, figures + string.Join("\n\n", sweep.Failures));
        }

        SweepAssert.Clean(sweep, output, minimumKills: 5);
    }
}

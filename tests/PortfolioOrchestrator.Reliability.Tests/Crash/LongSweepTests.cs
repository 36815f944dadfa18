using System.Diagnostics;
using System.Globalization;

namespace PortfolioOrchestrator.Reliability.Tests.Crash;

/// <summary>
/// The long sweep: every commit and every venue call of every stage of every scenario, then SIGKILLs at random instants
/// (latency 0, 20 and 50 ms per broker call) until <c>PO_SWEEP_KILLS</c> kills (default 1000) or
/// <c>PO_SWEEP_MINUTES</c> (default 90) have passed. Figures go to the test output and to
/// <c>PO_SWEEP_REPORT</c> when it names a file.
/// </summary>
public sealed class LongSweepTests(ITestOutputHelper output)
{
    [LongSweepFact]
    public void A_thousand_kills_leave_no_duplicate_order_and_no_lost_fill()
    {
        var target = Setting("PO_SWEEP_KILLS", 1000);
        var deadline = TimeSpan.FromMinutes(Setting("PO_SWEEP_MINUTES", 90));
        var seed = Setting("PO_SWEEP_SEED", 20261124);
        var clock = Stopwatch.StartNew();
        var sweep = new CrashSweep();

        foreach (var scenario in Scenario.All(latencyMs: 0))
        {
            for (var stage = 0; stage < scenario.Stages; stage++)
            {
                sweep.SweepCommits(scenario, stage);
                Progress(sweep, clock, $"{scenario} stage {stage} commit sweep done");
                sweep.SweepVenueCalls(scenario, stage);
                Progress(sweep, clock, $"{scenario} stage {stage} venue-call sweep done");
            }
        }

        var exhaustiveKills = sweep.Kills;
        var random = new Random(seed);
        Scenario[] instants = [.. new[] { 0, 20, 50 }.SelectMany(Scenario.All)];
        while (sweep.Kills < target && clock.Elapsed < deadline)
        {
            sweep.RandomInstant(instants[random.Next(instants.Length)], random);
            if (sweep.Trials % 50 == 0)
            {
                Progress(sweep, clock, "random instants");
            }
        }

        var figures = sweep.Figures(clock.Elapsed) +
            $"commit and venue-call kills: {exhaustiveKills}\nrandom kills:     {sweep.Kills - exhaustiveKills}\nseed:             {seed}\n" +
            $"machine:          {Environment.MachineName}, {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}\n" +
            $"date:             {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC\n";
        output.WriteLine(figures);
        if (Environment.GetEnvironmentVariable("PO_SWEEP_REPORT") is { Length: > 0 } path)
        {
            File.WriteAllText(path, figures + string.Join("\n\n", sweep.Failures));
        }

        Assert.True(sweep.Failures.Count == 0, string.Join("\n\n", sweep.Failures.Take(10)));
        Assert.Equal(0, sweep.Duplicates);
        Assert.Equal(0, sweep.LostFills);
        Assert.True(sweep.Kills >= target, $"only {sweep.Kills} kills in {deadline}");
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private static void Progress(CrashSweep sweep, Stopwatch clock, string what)
    {
        if (Environment.GetEnvironmentVariable("PO_SWEEP_PROGRESS") is { Length: > 0 } path)
        {
            File.AppendAllText(path, $"{clock.Elapsed:hh\\:mm\\:ss} {what}: {sweep.Trials} trials, {sweep.Kills} kills, {sweep.Duplicates} duplicates, {sweep.LostFills} lost fills, {sweep.Failures.Count} failures\n");
        }
    }
}

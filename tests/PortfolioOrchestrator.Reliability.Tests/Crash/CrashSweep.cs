using System.Globalization;
using System.Text;

namespace PortfolioOrchestrator.Reliability.Tests.Crash;

/// <summary>Runs crash trials against crash-free baselines and keeps the figures.</summary>
public sealed class CrashSweep
{
    private const int MaxCommits = 400;

    private readonly Dictionary<Scenario, (TrialOutcome Outcome, IReadOnlyList<TimeSpan> StageTimes)> _baselines = [];
    private readonly List<string> _failures = [];

    public int Trials { get; private set; }

    public int Kills { get; private set; }

    public int Duplicates { get; private set; }

    public int LostFills { get; private set; }

    public IReadOnlyList<string> Failures => _failures;

    /// <summary>Kills stage <paramref name="stage"/> after commit 1, 2, … until it completes without being killed.</summary>
    public void SweepCommits(Scenario scenario, int stage)
    {
        for (var n = 1; n <= MaxCommits; n++)
        {
            if (Try(scenario, Fault.AfterCommits(stage, n)) is not false)
            {
                return;
            }
        }

        _failures.Add($"{scenario}: stage {stage} was still being killed after {MaxCommits} commits");
    }

    /// <summary>Kills stage <paramref name="stage"/> after venue call 1, 2, … until it completes without being killed.</summary>
    public void SweepVenueCalls(Scenario scenario, int stage)
    {
        for (var n = 1; n <= MaxCommits; n++)
        {
            if (Try(scenario, Fault.AfterVenueCalls(stage, n)) is not false)
            {
                return;
            }
        }

        _failures.Add($"{scenario}: stage {stage} was still being killed after {MaxCommits} venue calls");
    }

    /// <summary>SIGKILLs a random stage at a random instant within that stage's crash-free duration.</summary>
    public void RandomInstant(Scenario scenario, Random random)
    {
        var times = Baseline(scenario).StageTimes;
        var stage = random.Next(times.Count);
        var delay = TimeSpan.FromMilliseconds(random.NextDouble() * times[stage].TotalMilliseconds * 1.1);
        Try(scenario, Fault.At(stage, delay));
    }

    /// <summary>Runs one trial; null when it failed, else whether the fault missed (the process ended by itself).</summary>
    public bool? Try(Scenario scenario, Fault fault)
    {
        var baseline = Baseline(scenario).Outcome;
        using var trial = new CrashTrial(scenario, fault);
        Trials++;
        try
        {
            var outcome = trial.Execute();
            Kills += trial.Kills;
            var check = OutcomeCheck.Compare(baseline, outcome);
            Duplicates += check.Duplicates;
            LostFills += check.LostFills;
            if (!check.Holds)
            {
                _failures.Add($"{scenario}, {fault}:\n{string.Join('\n', check.Problems)}\n{string.Join('\n', trial.Log)}");
                return null;
            }

            return trial.FaultMissed;
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Text.Json.JsonException or IOException)
        {
            Kills += trial.Kills;
            _failures.Add($"{scenario}, {fault}: {ex.Message}\n{string.Join('\n', trial.Log)}");
            return null;
        }
    }

    public string Figures(TimeSpan elapsed)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"trials:           {Trials}");
        text.AppendLine(CultureInfo.InvariantCulture, $"kills injected:   {Kills}");
        text.AppendLine(CultureInfo.InvariantCulture, $"duplicate orders: {Duplicates}");
        text.AppendLine(CultureInfo.InvariantCulture, $"lost fills:       {LostFills}");
        text.AppendLine(CultureInfo.InvariantCulture, $"failed trials:    {_failures.Count}");
        text.AppendLine(CultureInfo.InvariantCulture, $"elapsed:          {elapsed:hh\\:mm\\:ss}");
        return text.ToString();
    }

    private (TrialOutcome Outcome, IReadOnlyList<TimeSpan> StageTimes) Baseline(Scenario scenario)
    {
        if (!_baselines.TryGetValue(scenario, out var baseline))
        {
            using var trial = new CrashTrial(scenario, Fault.None);
            baseline = (trial.Execute(), trial.StageTimes.ToList());
            _baselines[scenario] = baseline;
        }

        return baseline;
    }
}

using System.Diagnostics;
using System.Text.Json;

namespace PortfolioOrchestrator.Reliability.Tests.Crash;

/// <summary>
/// Drives one scenario through the real <c>po</c> to its end: injects the fault into the stage it names,
/// recovers from a kill as a person would (<c>po status</c>, then <c>po resume</c>, or <c>po run</c> again
/// when the run was never recorded), approves every pause, and collects what the venue and report hold.
/// </summary>
public sealed class CrashTrial(Scenario scenario, Fault fault) : IDisposable
{
    private const int MaxSteps = 12;

    private readonly Workspace _workspace = new();

    public int Kills { get; private set; }

    /// <summary>The faulted process finished by itself (the fault came after its last commit or exit).</summary>
    public bool FaultMissed { get; private set; }

    public List<string> Log { get; } = [];

    /// <summary>Wall time of each stage's engine process (run, then each resume after a decision).</summary>
    public List<TimeSpan> StageTimes { get; } = [];

    public TrialOutcome Execute()
    {
        var portfolio = _workspace.Write("portfolio.md", scenario.Portfolio);
        var qa = _workspace.Write("qa.json", scenario.Qa);
        var script = _workspace.Write("script.json", scenario.Script);
        string[] runArgs = ["run", "--portfolio", portfolio, "--qa", qa, "--broker", "paper:" + script, "--now", Scenario.Now, "--state", _workspace.State, "--json"];

        var stage = 0;
        var result = Invoke(runArgs, stage);
        for (var step = 0; step < MaxSteps; step++)
        {
            if (result.ExitCode == PoProcess.Killed)
            {
                Kills++;
                result = Recover(runArgs);
                continue;
            }

            if (result.ExitCode == 4)
            {
                stage++;
                var runId = DecideOpenEscalations(result);
                result = Invoke(Resume(runId), stage);
                continue;
            }

            break;
        }

        if (result.ExitCode is not (0 or 3))
        {
            throw new InvalidOperationException($"{scenario} with {fault} did not end in 0 or 3: {result}\n{string.Join('\n', Log)}");
        }

        var finalRunId = result.Json.GetProperty("run_id").GetString()!;
        var report = File.ReadAllText(Path.Combine(_workspace.State, "runs", finalRunId, "execution-report.json"));
        return new TrialOutcome(JsonDocument.Parse(report).RootElement.Clone(), Po("paper", "orders", "--state", _workspace.State, "--json").Json.Clone());
    }

    public void Dispose() => _workspace.Dispose();

    private string[] Resume(string runId) => ["resume", runId, "--now", Scenario.Now, "--state", _workspace.State, "--json"];

    private PoResult Invoke(string[] args, int stage)
    {
        if (stage != fault.Stage)
        {
            var started = Stopwatch.StartNew();
            var plain = Po(args);
            StageTimes.Add(started.Elapsed);
            return plain;
        }

        if (fault.Commits is { } commits)
        {
            var crashed = PoProcess.RunCrashingAfterCommits(_workspace.Directory, null, commits, args);
            FaultMissed = crashed.ExitCode != PoProcess.Killed;
            Log.Add($"{args[0]} with crash after {commits} commits → {crashed.ExitCode}");
            return crashed;
        }

        if (fault.VenueCalls is { } calls)
        {
            var crashed = PoProcess.RunCrashingAfterVenueCalls(_workspace.Directory, null, calls, args);
            FaultMissed = crashed.ExitCode != PoProcess.Killed;
            Log.Add($"{args[0]} with crash after {calls} venue calls → {crashed.ExitCode}");
            return crashed;
        }

        var running = PoProcess.Start(_workspace.Directory, null, args);
        Thread.Sleep(fault.Delay!.Value);
        var killed = running.Kill();
        var result = running.WaitForExit();
        FaultMissed = !killed || result.ExitCode != PoProcess.Killed;
        Log.Add($"{args[0]} killed at {fault.Delay.Value.TotalMilliseconds:0} ms → {result.ExitCode}");
        return FaultMissed ? result : result with { ExitCode = PoProcess.Killed };
    }

    private PoResult Recover(string[] runArgs)
    {
        var status = Po("status", "--state", _workspace.State, "--json");
        if (status.ExitCode != 0)
        {
            throw new InvalidOperationException($"po status after a kill failed: {status}");
        }

        var runs = status.Json;
        if (runs.GetArrayLength() == 0)
        {
            Log.Add("no run recorded: run again");
            return Po(runArgs);
        }

        var runId = runs[0].GetProperty("run_id").GetString()!;
        var result = Po(Resume(runId));
        Log.Add($"resume {runId} → {result.ExitCode}");
        return result;
    }

    /// <summary>Approves every open escalation of the paused run printed in <paramref name="paused"/>; returns its id.</summary>
    private string DecideOpenEscalations(PoResult paused)
    {
        var report = paused.Json;
        foreach (var escalation in report.GetProperty("escalations").EnumerateArray().Where(e => e.GetProperty("status").GetString() == "OPEN"))
        {
            var id = escalation.GetProperty("id").GetString()!;
            var decided = Po("decide", id, "approve", "--by", "Master-Architect", "--note", "proceed", "--state", _workspace.State);
            Log.Add($"decide {id} approve → {decided.ExitCode}");
            if (decided.ExitCode != 0)
            {
                throw new InvalidOperationException($"po decide failed: {decided}");
            }
        }

        return report.GetProperty("run_id").GetString()!;
    }

    private PoResult Po(params string[] args)
    {
        var result = PoProcess.Run(_workspace.Directory, null, args);
        Debug.Assert(result.ExitCode != PoProcess.Killed, "only the faulted process is killed");
        return result;
    }
}

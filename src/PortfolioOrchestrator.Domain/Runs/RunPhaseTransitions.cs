namespace PortfolioOrchestrator.Domain.Runs;

/// <summary>
/// How a run's phase may move: forward through STEP 1–8, or straight to post-execution when a decision
/// defers or halts the held trades. Staying in a phase is no move.
/// </summary>
public static class RunPhaseTransitions
{
    private static readonly Dictionary<RunPhase, RunPhase[]> Table = new()
    {
        [RunPhase.Startup] = [RunPhase.PreExecution, RunPhase.PostExecution],
        [RunPhase.PreExecution] = [RunPhase.Executing, RunPhase.PostExecution],
        [RunPhase.Executing] = [RunPhase.PostExecution],
        [RunPhase.PostExecution] = [RunPhase.Done],
    };

    /// <summary>Whether a run may move from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static bool Allows(RunPhase from, RunPhase to) => Table.TryGetValue(from, out var next) && next.Contains(to);
}

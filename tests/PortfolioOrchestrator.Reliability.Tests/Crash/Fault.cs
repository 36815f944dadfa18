namespace PortfolioOrchestrator.Reliability.Tests.Crash;

/// <summary>
/// Where a trial kills <c>po</c>: in the engine process of <see cref="Stage"/>, either right after the
/// journal's Nth durable commit (the crash host, <see cref="PoProcess.RunCrashingAfterCommits"/>) or by SIGKILL after a delay.
/// </summary>
public sealed record Fault(int Stage, int? Commits, TimeSpan? Delay)
{
    public static readonly Fault None = new(-1, null, null);

    public static Fault AfterCommits(int stage, int commits) => new(stage, commits, null);

    public static Fault At(int stage, TimeSpan delay) => new(stage, null, delay);

    public override string ToString() =>
        Commits is { } n ? $"stage {Stage}, after commit {n}" : Delay is { } d ? $"stage {Stage}, SIGKILL at {d.TotalMilliseconds:0} ms" : "no fault";
}

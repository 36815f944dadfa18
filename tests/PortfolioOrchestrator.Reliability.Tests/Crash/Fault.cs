namespace PortfolioOrchestrator.Reliability.Tests.Crash;

/// <summary>
/// Where a trial kills <c>po</c>: in the engine process of <see cref="Stage"/>, right after the journal's
/// Nth durable commit or right after the venues' Nth call (the crash host,
/// <see cref="PoProcess.RunCrashingAfterCommits"/>, <see cref="PoProcess.RunCrashingAfterVenueCalls"/>), or by SIGKILL after a delay.
/// </summary>
public sealed record Fault(int Stage, int? Commits, TimeSpan? Delay)
{
    public static readonly Fault None = new(-1, null, null);

    /// <summary>Right after this many venue calls (then <see cref="Commits"/> is null).</summary>
    public int? VenueCalls { get; init; }

    public static Fault AfterCommits(int stage, int commits) => new(stage, commits, null);

    public static Fault AfterVenueCalls(int stage, int calls) => new(stage, null, null) { VenueCalls = calls };

    public static Fault At(int stage, TimeSpan delay) => new(stage, null, delay);

    public override string ToString() =>
        Commits is { } n ? $"stage {Stage}, after commit {n}"
        : VenueCalls is { } c ? $"stage {Stage}, after venue call {c}"
        : Delay is { } d ? $"stage {Stage}, SIGKILL at {d.TotalMilliseconds:0} ms" : "no fault";
}

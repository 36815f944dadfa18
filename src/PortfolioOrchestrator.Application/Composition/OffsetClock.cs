namespace PortfolioOrchestrator.Application.Composition;

/// <summary>
/// <c>--now</c> with a real broker: the clock starts at the given instant and moves on in real time,
/// so decisions see the fixed time while waits take real time.
/// </summary>
public sealed class OffsetClock(DateTimeOffset start, TimeProvider real) : TimeProvider
{
    private readonly DateTimeOffset _realStart = real.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => start.ToUniversalTime() + (real.GetUtcNow() - _realStart);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        real.CreateTimer(callback, state, dueTime, period);
}

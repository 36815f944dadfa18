namespace PortfolioOrchestrator.Domain.Time;

/// <summary>
/// A clock that stands still until a wait moves it: <see cref="WaitAsync"/> advances it by the
/// duration and returns at once. Thread-safe.
/// </summary>
public sealed class SimulatedClock(DateTimeOffset start) : TimeProvider, IWaiter
{
    private long _utcTicks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    public void Advance(TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        Interlocked.Add(ref _utcTicks, duration.Ticks);
    }

    public Task WaitAsync(TimeSpan duration, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (duration > TimeSpan.Zero)
        {
            Advance(duration);
        }

        return Task.CompletedTask;
    }
}

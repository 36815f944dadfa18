namespace PortfolioOrchestrator.Domain.Time;

/// <summary>Waits on the given clock's timers.</summary>
public sealed class RealTimeWaiter(TimeProvider timeProvider) : IWaiter
{
    public Task WaitAsync(TimeSpan duration, CancellationToken cancellationToken) =>
        duration <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(duration, timeProvider, cancellationToken);
}

namespace PortfolioOrchestrator.Domain.Time;

/// <summary>
/// Every wait of the engine goes through here. Real time waits; simulated time (the paper venue with
/// <c>--now</c>) advances its clock and returns at once, so runs are deterministic and instant.
/// </summary>
public interface IWaiter
{
    Task WaitAsync(TimeSpan duration, CancellationToken cancellationToken);
}

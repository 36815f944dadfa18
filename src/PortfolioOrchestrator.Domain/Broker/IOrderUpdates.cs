using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Domain.Broker;

/// <summary>
/// A venue that pushes news of orders as it happens (Alpaca's <c>trade_updates</c> stream). STEP 4 waits
/// on it as well as on its poll timer, so a fill is known as soon as the venue reports it; the look-up that
/// follows the news is the venue's own business (Alpaca's adapter answers it from the stream, with no request).
/// </summary>
public interface IOrderUpdates
{
    /// <summary>
    /// Completes when the venue has news of <paramref name="clientOrderId"/> that no look-up of it has returned
    /// yet (at once if it has some already). It may never complete: the caller bounds the wait.
    /// </summary>
    Task WaitForNewsAsync(ClientOrderId clientOrderId, CancellationToken cancellationToken);
}

using PortfolioOrchestrator.Domain.Refresh;
using PortfolioOrchestrator.Domain.Time;

namespace PortfolioOrchestrator.Paper;

/// <summary>
/// STEP 2C's refresh against the paper venue: the snapshot with the venue's cash as total cash (total
/// value unchanged — the venue marks no prices). The script's <c>refresh</c> block makes it take
/// <c>delay_minutes</c> (waited through <see cref="IWaiter"/>, so simulated time stays instant) or fail.
/// </summary>
public sealed class PaperRefresher(PaperVenue venue, IWaiter waiter) : IPortfolioRefresher
{
    public async Task<RefreshOutcome> RefreshAsync(RefreshRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (current, timeout) = (request.Current, request.Timeout);
        var refresh = venue.Script.Refresh;
        if (refresh?.Failure is { } failure)
        {
            return RefreshOutcome.Failed(TimeSpan.Zero, failure);
        }

        var delay = refresh?.Delay ?? TimeSpan.Zero;
        if (delay > timeout)
        {
            await waiter.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
            return RefreshOutcome.Pending(timeout, delay, $"the paper portfolio source takes {delay.TotalMinutes:0.##} minutes to refresh");
        }

        await waiter.WaitAsync(delay, cancellationToken).ConfigureAwait(false);
        var account = await venue.ReadAccountAsync(cancellationToken).ConfigureAwait(false);
        return RefreshOutcome.Completed(account is null ? current : current with { TotalCash = account.Cash }, delay);
    }
}

using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Time;

namespace PortfolioOrchestrator.Domain.Broker;

/// <summary>
/// CONTRACT Resolution 18: a cancel is complete only when the venue reports the order final (canceled,
/// filled, expired, rejected). Until then the order is read again, with waits doubling from half a second
/// to at most 30 seconds, 12 reads at most; fills reported meanwhile count.
/// </summary>
public static class FinalCancel
{
    private const int MostReads = 12;
    private static readonly TimeSpan FirstRead = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan LongestRead = TimeSpan.FromSeconds(30);

    /// <summary>Cancels <paramref name="id"/> and reads it until final; the last answer (null when the venue never gave one), final or not.</summary>
    public static async Task<BrokerOrder?> CancelUntilFinalAsync(IBroker venue, ClientOrderId id, IWaiter waiter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(venue);
        ArgumentNullException.ThrowIfNull(waiter);
        var order = (await venue.CancelAsync(id, cancellationToken)).Order;
        var wait = FirstRead;
        for (var read = 0; read < MostReads && order?.Status.IsFinal() != true; read++)
        {
            await waiter.WaitAsync(wait, cancellationToken);
            wait = wait * 2 < LongestRead ? wait * 2 : LongestRead;
            var lookup = await venue.GetOrderAsync(id, cancellationToken);
            if (lookup.Kind == OrderLookupKind.Found)
            {
                order = lookup.Order;
            }
        }

        return order;
    }
}

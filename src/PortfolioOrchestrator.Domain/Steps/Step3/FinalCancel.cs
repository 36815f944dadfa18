using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Engine;
using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Domain.Steps.Step3;

/// <summary>
/// CONTRACT Resolution 18: a cancel is complete only when the venue reports the order final (canceled,
/// filled, expired, rejected). Until then (<c>pending_cancel</c>) the order is read again, with growing
/// waits; fills reported meanwhile stay on the order that comes back.
/// </summary>
public sealed class FinalCancel(EngineServices services)
{
    private const int MostReads = 12;
    private static readonly TimeSpan FirstRead = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan LongestRead = TimeSpan.FromSeconds(30);

    /// <summary>Cancels <paramref name="id"/> at <paramref name="venue"/> and reads it until final; the order as last read (possibly still not final after the last read), or null where the venue never showed it.</summary>
    public async Task<BrokerOrder?> CancelAsync(IBroker venue, ClientOrderId id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(venue);
        var order = (await venue.CancelAsync(id, cancellationToken)).Order;
        var wait = FirstRead;
        for (var read = 0; read < MostReads && order?.Status.IsFinal() != true; read++)
        {
            await services.Waiter.WaitAsync(wait, cancellationToken);
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

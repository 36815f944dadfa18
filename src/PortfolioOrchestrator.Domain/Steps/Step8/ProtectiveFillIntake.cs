using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Positions;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Domain.Steps.Step8;

/// <summary>
/// CONTRACT Resolutions 15 and 16: the venue's answers for a position's working protective orders, taken into its
/// lots. Each order the journal holds as working takes the venue's status, the shares it still covers and its
/// <c>expires_at</c>; one the venue reports final with shares filled (a stop or target hit) consumes those shares
/// of its own lot. The journal then holds that order as final, so the same fill is never taken in twice.
/// </summary>
public static class ProtectiveFillIntake
{
    /// <summary>The position after the venue's answers <paramref name="reads"/> (by client order id; an order without one was not read).</summary>
    public static ProtectiveIntake Apply(PositionLots position, IReadOnlyDictionary<ClientOrderId, OrderLookup> reads)
    {
        ArgumentNullException.ThrowIfNull(position);
        ArgumentNullException.ThrowIfNull(reads);
        var fills = new List<ProtectiveFill>();
        var absent = new HashSet<ClientOrderId>();
        var unread = new HashSet<ClientOrderId>();
        var lots = new List<Lot>(position.Lots.Count);
        foreach (var lot in position.Lots)
        {
            var sold = 0m;
            var orders = new List<ProtectiveOrder>(lot.ProtectiveOrders.Count);
            foreach (var order in lot.ProtectiveOrders)
            {
                if (order.Status.IsFinal())
                {
                    orders.Add(order);
                    continue;
                }

                var read = reads.GetValueOrDefault(order.ClientOrderId);
                if (read is not { Kind: OrderLookupKind.Found, Order: { } atVenue })
                {
                    (read?.Kind == OrderLookupKind.NotFound ? absent : unread).Add(order.ClientOrderId);
                    orders.Add(order);
                    continue;
                }

                orders.Add(Seen(order, atVenue));
                if (atVenue.Status.IsFinal() && atVenue.FilledQuantity > 0m)
                {
                    sold += atVenue.FilledQuantity;
                    fills.Add(new ProtectiveFill(lot.Id, order.ClientOrderId, order.Type, atVenue.FilledQuantity, atVenue.FilledAveragePrice, atVenue.Status));
                }
            }

            lots.Add((lot with { ProtectiveOrders = orders }).Less(sold));
        }

        return new ProtectiveIntake(position with { Lots = lots }, fills, absent, unread);
    }

    // A working order covers what is left of it; a final one keeps its size (it covers nothing either way).
    private static ProtectiveOrder Seen(ProtectiveOrder order, BrokerOrder atVenue) => order with
    {
        Status = atVenue.Status,
        Quantity = atVenue.Quantity is { } quantity ? (atVenue.Status.IsFinal() ? quantity : Math.Max(0m, quantity - atVenue.FilledQuantity)) : order.Quantity,
        ExpiresAt = atVenue.ExpiresAt ?? order.ExpiresAt,
    };
}

/// <summary>
/// A position after <see cref="ProtectiveFillIntake"/>: its lots, the fills taken in, the orders the venue does not
/// know (<see cref="Absent"/>) and those whose answer is unknown (<see cref="Unread"/>: nothing about them was checked).
/// </summary>
public sealed record ProtectiveIntake(PositionLots Position, IReadOnlyList<ProtectiveFill> Fills, IReadOnlySet<ClientOrderId> Absent, IReadOnlySet<ClientOrderId> Unread);

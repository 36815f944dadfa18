using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Calendar;
using PortfolioOrchestrator.Domain.Journal;
using PortfolioOrchestrator.Domain.Positions;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Domain.Steps.Step8;

namespace PortfolioOrchestrator.Application.UseCases;

/// <summary>
/// STEP 8's tracking read (CONTRACT Resolution 16), shared by <c>po monitor</c> and <c>po protect</c>: for each
/// position the journal protects lots of, every working protective order of ours is read at the position's own
/// account's venue, protective fills are taken in (Resolution 15), the venue's held shares bound the lots, and each
/// lot we protect is judged. Reads only: nothing is sent that changes the venue.
/// </summary>
public sealed class ProtectionTracking(VenueMap venues, ITradingCalendar calendar, DateTimeOffset now)
{
    /// <summary>The positions worth reading: those with a lot we protect that holds shares or has protection working.</summary>
    public static IReadOnlyList<PositionLots> Tracked(IEnumerable<PositionLots> positions) =>
        [.. positions.Where(p => p.Lots.Any(l => LotProtectionRule.IsProtected(l) && (l.Quantity > 0m || l.OpenProtectiveOrders.Count > 0)))];

    public async Task<TrackedPosition> ReadAsync(PositionLots position, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(position);
        var venue = venues.For(position.Account);
        var reads = new Dictionary<ClientOrderId, OrderLookup>();
        foreach (var order in position.Lots.SelectMany(l => l.OpenProtectiveOrders))
        {
            reads[order.ClientOrderId] = await venue.GetOrderAsync(order.ClientOrderId, cancellationToken).ConfigureAwait(false);
        }

        var intake = ProtectiveFillIntake.Apply(position, reads);
        var held = await venue.GetHeldQuantityAsync(position.Account, position.Ticker, cancellationToken).ConfigureAwait(false);
        var (after, heldLess) = held is { } shares ? VenueHoldingRule.Apply(intake.Position, shares) : (intake.Position, 0m);
        var lots = after.Lots.Where(LotProtectionRule.IsProtected).Select(lot => Judge(position, lot, intake, held, venue.ProtectsWholeSharesOnly)).ToList();
        var events = intake.Fills.Select(f => Event(position, "protection.filled", $"lot {f.Lot} {f.Order} ({Words.Of(f.Type)}): {f.Shares} shares {f.Status.ToString().ToLowerInvariant()}{(f.AveragePrice is { } p ? $" at {p}" : string.Empty)}, taken in")).ToList();
        if (heldLess > 0m)
        {
            events.Add(Event(position, "lot.held_less", $"the venue holds {held} shares, {heldLess} fewer than the lots; taken off the lots first in, first out"));
        }

        return new TrackedPosition(position, after, intake.Fills, held, heldLess, lots, [.. reads.Values.Where(r => r.Kind == OrderLookupKind.Found).Select(r => r.Order!)], events)
        {
            Changed = !SameLots(position, after),
        };
    }

    private LotCondition Judge(PositionLots position, Lot lot, ProtectiveIntake intake, decimal? held, bool wholeSharesOnly)
    {
        var view = new LotView(position.Account, position.Ticker, lot) { Absent = intake.Absent };
        var condition = LotProtectionRule.Judge(view, now, calendar, wholeSharesOnly);
        var filled = intake.Fills.Any(f => f.Lot == lot.Id);
        var unread = held is null || lot.ProtectiveOrders.Any(o => intake.Unread.Contains(o.ClientOrderId));
        var kinds = condition.Kinds.ToList();
        if (intake.Position.Find(lot.Id) is { } taken && taken.Quantity > lot.Quantity)
        {
            kinds.Insert(0, ProtectionFindingKind.HeldLess);
        }

        if (filled)
        {
            kinds.Insert(0, ProtectionFindingKind.Filled);
        }

        if (unread)
        {
            kinds.Add(ProtectionFindingKind.NotChecked);
        }

        return condition with { Kinds = kinds };
    }

    private PositionEvent Event(PositionLots position, string kind, string detail) => new(now, position.Account, position.Ticker, kind, detail);

    private static bool SameLots(PositionLots before, PositionLots after) =>
        before.Lots.Count == after.Lots.Count
        && before.Lots.Zip(after.Lots).All(pair => pair.First.Quantity == pair.Second.Quantity
            && pair.First.ProtectiveOrders.SequenceEqual(pair.Second.ProtectiveOrders));

    private static class Words
    {
        public static string Of(OrderType type) => type switch { OrderType.Stop => "stop-loss", OrderType.Limit => "profit target", _ => "order" };
    }
}

using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Journal;
using PortfolioOrchestrator.Domain.Positions;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Domain.Steps.Step8;
using PortfolioOrchestrator.Domain.Time;
using PortfolioOrchestrator.Reporting.Tracking;

namespace PortfolioOrchestrator.Application.UseCases;

/// <summary>
/// Carries out one position's repair plan at its venue (CONTRACT Resolution 16). Every venue call is journaled
/// before (its intent) and after (its outcome), so a crash loses nothing and a re-run asks the same thing again:
/// cancels are read until final (Resolution 18) and fills met meanwhile are taken in (Resolution 15); each placement
/// is the lot's next generation, whose ids derive from the lot and the generation, so asking it again after a crash
/// places nothing twice. Protection never covers more shares than the venue holds.
/// </summary>
public sealed class ProtectionRepair(IBroker venue, IPositionJournal journal, IWaiter waiter, DateTimeOffset now)
{
    public async Task<RepairResult> ApplyAsync(TrackedPosition reading, IReadOnlyList<LotRepair> repairs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(repairs);
        var result = new RepairResult(reading.After);
        var failed = new HashSet<LotId>();
        foreach (var repair in repairs.Where(r => r.Cancel.Count > 0))
        {
            if (!await CancelAsync(result, repair, cancellationToken))
            {
                failed.Add(repair.Lot);
            }
        }

        foreach (var repair in repairs.Where(r => r.Place is not null && !failed.Contains(r.Lot)))
        {
            await PlaceAsync(result, repair, reading.Held ?? 0m, cancellationToken);
        }

        return result;
    }

    private async Task<bool> CancelAsync(RepairResult result, LotRepair repair, CancellationToken cancellationToken)
    {
        var because = repair.Because.Select(TrackingNames.Of).ToList();
        await CommitAsync(result.Position, [Event(repair, "protect.cancel", $"lot {repair.Lot}: cancel {string.Join(", ", repair.Cancel)} ({string.Join(", ", because)})")], cancellationToken);
        var lot = result.Position.Find(repair.Lot)!;
        var orders = lot.ProtectiveOrders.ToList();
        var sold = 0m;
        var unconfirmed = new List<string>();
        var events = new List<PositionEvent>();
        foreach (var id in repair.Cancel)
        {
            var final = await FinalCancel.CancelUntilFinalAsync(venue, id, waiter, cancellationToken);
            var index = orders.FindIndex(o => o.ClientOrderId == id);
            if (final is null || !final.Status.IsFinal())
            {
                unconfirmed.Add(id.Value);
                if (final is not null && index >= 0)
                {
                    orders[index] = orders[index] with { Status = final.Status };
                }

                continue;
            }

            if (index >= 0)
            {
                orders[index] = orders[index] with { Status = final.Status };
            }

            sold += final.FilledQuantity;
            events.Add(Event(repair, final.FilledQuantity > 0m ? "protection.filled" : "protect.canceled", $"lot {repair.Lot} {id}: {final.Status.ToString().ToLowerInvariant()}, {final.FilledQuantity} filled{(final.FilledQuantity > 0m ? ", taken in" : string.Empty)}"));
        }

        result.Position = result.Position.With((lot with { ProtectiveOrders = orders }).Less(sold));
        await CommitAsync(result.Position, events, cancellationToken);
        var done = unconfirmed.Count == 0;
        result.Actions.Add(new ProtectAction(repair.Account.Value, repair.Ticker.Value, repair.Lot.Value, "cancel", because, [.. repair.Cancel.Select(i => i.Value)], lot.Generation, null, done ? "done" : "failed",
            done ? (sold > 0m ? $"{sold} shares filled before the cancel was final; taken in" : null) : $"not confirmed final at the venue: {string.Join(", ", unconfirmed)}"));
        if (!done)
        {
            result.Problems.Add($"{repair.Ticker} ({repair.Account}) lot {repair.Lot}: the cancel of {string.Join(", ", unconfirmed)} was not confirmed final at the venue, so its protection was not placed again; run po protect again");
        }

        return done;
    }

    private async Task PlaceAsync(RepairResult result, LotRepair repair, decimal held, CancellationToken cancellationToken)
    {
        var place = repair.Place!;
        var lot = result.Position.Find(repair.Lot)!;
        var coveredByOthers = result.Position.Lots.Where(l => l.Id != lot.Id).Sum(l => l.ProtectedQuantity);
        var shares = place.SharesFor(lot, held, coveredByOthers, venue.ProtectsWholeSharesOnly);
        var because = repair.Because.Select(TrackingNames.Of).ToList();
        if (shares <= 0m)
        {
            return;
        }

        var request = LotProtectionRequest.For(repair.Account, repair.Ticker, lot, shares, place.Generation);
        await CommitAsync(result.Position, [Event(repair, "protect.placing", $"lot {repair.Lot}: generation {place.Generation} for {shares} shares ({string.Join(", ", because)})")], cancellationToken);
        var outcome = await venue.ProtectAsync(request, cancellationToken);
        var orders = outcome.Orders.Select(ProtectiveOrder.From).ToList();
        var sold = outcome.Orders.Where(o => o.Status.IsFinal()).Sum(o => o.FilledQuantity);
        lot = (lot with { Generation = place.Generation, ProtectiveOrders = orders, Unprotected = outcome.Unprotected }).Less(sold);
        result.Position = result.Position.With(lot);
        var covered = lot.ProtectedQuantity;
        var expected = Math.Min(LotProtectionRule.Expected(lot, covered, venue.ProtectsWholeSharesOnly), shares);
        var complete = covered >= expected && covered > 0m;
        await CommitAsync(result.Position, [Event(repair, "protect.placed", $"lot {repair.Lot}: generation {place.Generation}, {orders.Count} orders covering {covered} of {shares} shares{(outcome.Unprotected.Count > 0 ? "; not protected: " + string.Join("; ", outcome.Unprotected) : string.Empty)}")], cancellationToken);
        result.Actions.Add(new ProtectAction(repair.Account.Value, repair.Ticker.Value, repair.Lot.Value, "place", because, [.. orders.Select(o => o.ClientOrderId.Value)], place.Generation, shares, complete ? "done" : "failed",
            complete ? null : $"the venue covers {covered} of {expected} shares"));
        result.Unprotected.AddRange(outcome.Unprotected.Select(u => $"{repair.Ticker} ({repair.Account}) lot {repair.Lot}: {u}"));
        if (!complete)
        {
            result.Problems.Add($"{repair.Ticker} ({repair.Account}) lot {repair.Lot}: protection placed again covers {covered} of {expected} shares ({(outcome.Unprotected.Count > 0 ? string.Join("; ", outcome.Unprotected) : "the venue took no order")})");
        }
    }

    private Task CommitAsync(PositionLots position, IReadOnlyList<PositionEvent> events, CancellationToken cancellationToken) =>
        journal.CommitPositionsAsync(new PositionCommit(now, [position], events), cancellationToken);

    private PositionEvent Event(LotRepair repair, string kind, string detail) => new(now, repair.Account, repair.Ticker, kind, detail);
}

/// <summary>One position's repair as it went: the position afterwards, the steps, what is not protected and what could not be repaired.</summary>
public sealed class RepairResult(PositionLots position)
{
    public PositionLots Position { get; set; } = position;

    public List<ProtectAction> Actions { get; } = [];

    public List<string> Unprotected { get; } = [];

    public List<string> Problems { get; } = [];
}

using FsCheck.Xunit;
using PortfolioOrchestrator.Domain.Calendar;
using PortfolioOrchestrator.Domain.Positions;
using PortfolioOrchestrator.Domain.Steps.Step8;

namespace PortfolioOrchestrator.Domain.Tests.Steps.Step8;

/// <summary>
/// CONTRACT Resolution 16 as invariants of the repair plan, over any lots, protection (working, final, expiring, of
/// any size), held shares and share rule: once the plan is carried out at a venue that places what it is asked for,
/// no lot's protection covers more than it holds and the position's protection never more than the venue holds; and
/// the plan is idempotent — planning again finds nothing to do, so carrying out the plan twice is carrying it out once.
/// </summary>
public sealed class RepairPlanProperties
{
    private static readonly AccountId Taxable = AccountId.Create("TAXABLE-1");
    private static readonly Ticker Msft = Ticker.Create("MSFT");
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(-5));
    private static readonly NyseCalendar Calendar = new();

    [Property(MaxTest = 400)]
    public bool Resolution16_the_repair_plan_never_protects_more_than_held_and_applying_it_twice_is_applying_it_once(int[] seeds, int heldSeed, bool wholeSharesOnly)
    {
        var position = Position(seeds ?? []);
        var held = Math.Abs(heldSeed % 4000) / 100m;
        var (bounded, _) = VenueHoldingRule.Apply(position, held);

        var once = Apply(bounded, RepairPlanner.Plan(Judge(bounded, wholeSharesOnly)), wholeSharesOnly);
        var again = RepairPlanner.Plan(Judge(once, wholeSharesOnly));
        var twice = Apply(once, again, wholeSharesOnly);

        return again.Count == 0
            && Same(once, twice)
            && once.Lots.All(l => ProtectiveSlices.Covered(l.OpenProtectiveOrders) <= l.Quantity)
            && once.ProtectedQuantity <= held;
    }

    private static List<LotCondition> Judge(PositionLots position, bool wholeSharesOnly) =>
        [.. position.Lots.Where(LotProtectionRule.IsProtected).Select(l => LotProtectionRule.Judge(new LotView(Taxable, Msft, l), Now, Calendar, wholeSharesOnly))];

    /// <summary>A venue that cancels what it is asked to and places a lone stop for the shares it is asked to protect (whole shares where it takes only those).</summary>
    private static PositionLots Apply(PositionLots position, IReadOnlyList<LotRepair> plan, bool wholeSharesOnly)
    {
        foreach (var repair in plan)
        {
            var lot = position.Find(repair.Lot)!;
            var orders = lot.ProtectiveOrders.Select(o => repair.Cancel.Contains(o.ClientOrderId) ? o with { Status = OrderStatus.Canceled } : o).ToList();
            lot = lot with { ProtectiveOrders = orders };
            if (repair.Place is { } place)
            {
                var shares = Math.Min(place.Shares, lot.Quantity);
                var request = LotProtectionRequest.For(Taxable, Msft, lot, wholeSharesOnly ? decimal.Floor(shares) : shares, place.Generation);
                lot = lot with
                {
                    Generation = place.Generation,
                    ProtectiveOrders = request.FilledQuantity > 0m
                        ? [new ProtectiveOrder(request.OrderId("sl"), OrderType.Stop, request.FilledQuantity, lot.Stop?.Price, null, OrderStatus.Accepted, null)]
                        : [],
                };
            }

            position = position.With(lot);
        }

        return position;
    }

    private static PositionLots Position(int[] seeds)
    {
        var position = PositionLots.Empty(Taxable, Msft).With(LotBuilder.HeldBefore(Math.Abs(seeds.FirstOrDefault() % 500) / 100m));
        for (var i = 0; i < Math.Min(seeds.Length, 8); i++)
        {
            var seed = Math.Abs(seeds[i]);
            var quantity = seed % 2000 / 100m;
            var covered = (seed / 7) % 2500 / 100m;
            var status = (seed / 11 % 5) switch { 0 => OrderStatus.Canceled, 1 => OrderStatus.Expired, 2 => OrderStatus.PartiallyFilled, _ => OrderStatus.Accepted };
            var lot = LotBuilder.Opened($"po-{i:x4}-a1", "R-1", covered, 380m, 450m, generation: seed / 13 % 3, status: status) with { Quantity = quantity };
            if (seed / 17 % 4 == 0)
            {
                lot = lot with { ProtectiveOrders = [.. lot.ProtectiveOrders.Select(o => o with { ExpiresAt = Now.AddDays(seed / 19 % 20) })] };
            }

            position = position.With(lot);
        }

        return position;
    }

    private static bool Same(PositionLots a, PositionLots b) =>
        a.Lots.Count == b.Lots.Count && a.Lots.Zip(b.Lots).All(p => p.First.Quantity == p.Second.Quantity && p.First.Generation == p.Second.Generation && p.First.ProtectiveOrders.SequenceEqual(p.Second.ProtectiveOrders));
}

using PortfolioOrchestrator.Domain.Positions;

namespace PortfolioOrchestrator.Domain.Steps.Step8;

/// <summary>
/// CONTRACT Resolution 16: <c>po protect</c> repairs what <c>po monitor</c> finds. Protection of a lot that holds
/// nothing is canceled; protection that covers another quantity or expires soon is canceled and placed again;
/// missing protection is placed. Each placement is the lot's next generation, whose ids derive from the lot and the
/// generation, so a repair asked twice places nothing twice; a lot that needs nothing gets no repair.
/// </summary>
public static class RepairPlanner
{
    /// <summary>One repair per lot that needs one, in the order of <paramref name="conditions"/>.</summary>
    public static IReadOnlyList<LotRepair> Plan(IEnumerable<LotCondition> conditions)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        return [.. conditions.Where(c => c.NeedsRepair).Select(Repair)];
    }

    private static LotRepair Repair(LotCondition condition)
    {
        var view = condition.View;
        var replace = condition.Kinds.Any(k => k is ProtectionFindingKind.WrongQuantity or ProtectionFindingKind.Expiring or ProtectionFindingKind.PositionGone);
        var cancel = replace ? view.OpenOrders.Select(o => o.ClientOrderId).ToList() : [];
        var place = view.Lot.Quantity > 0m && condition.Expected > 0m
            ? new ProtectionPlacement(NextGeneration(view.Lot), view.Lot.Quantity)
            : null;
        return new LotRepair(view.Account, view.Ticker, view.Lot.Id, cancel, place, condition.Kinds);
    }

    private static int NextGeneration(Lot lot) => Math.Max(0, lot.Generation) + 1;
}

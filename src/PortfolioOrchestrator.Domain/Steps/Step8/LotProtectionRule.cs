using PortfolioOrchestrator.Domain.Calendar;
using PortfolioOrchestrator.Domain.Positions;

namespace PortfolioOrchestrator.Domain.Steps.Step8;

/// <summary>
/// CONTRACT Resolution 16, per lot we protect: protection that is missing, that covers another quantity than the
/// lot still holds, or that expires within <see cref="ExpiryRule.Sessions"/> sessions; and protection left working
/// for a lot that holds nothing. A lot with a stop-loss should have all of its shares covered (whole shares where the
/// venue takes only whole shares); one with targets only, no more than it holds.
/// </summary>
public static class LotProtectionRule
{
    /// <summary>Whether the product protects <paramref name="lot"/>: a lot a buy of ours opened, with a stop-loss or a target.</summary>
    public static bool IsProtected(Lot lot)
    {
        ArgumentNullException.ThrowIfNull(lot);
        return !lot.IsHeldBefore && (lot.Stop is not null || lot.Targets.Count > 0);
    }

    /// <summary>
    /// Shares the lot's protection should cover: all it holds (only whole shares where
    /// <paramref name="wholeSharesOnly"/>). Targets without a stop cover what they cover, never more than held.
    /// </summary>
    public static decimal Expected(Lot lot, decimal covered, bool wholeSharesOnly)
    {
        ArgumentNullException.ThrowIfNull(lot);
        var protectable = wholeSharesOnly ? decimal.Floor(lot.Quantity) : lot.Quantity;
        return lot.Stop is null && covered > 0m ? Math.Min(covered, protectable) : protectable;
    }

    public static LotCondition Judge(LotView view, DateTimeOffset now, ITradingCalendar calendar, bool wholeSharesOnly)
    {
        ArgumentNullException.ThrowIfNull(view);
        var lot = view.Lot;
        var covered = view.Covered;
        var expected = Expected(lot, covered, wholeSharesOnly);
        var kinds = new List<ProtectionFindingKind>();
        if (lot.Quantity <= 0m)
        {
            if (covered > 0m)
            {
                kinds.Add(ProtectionFindingKind.PositionGone);
            }

            return new LotCondition(view, 0m, covered, kinds);
        }

        if (covered == 0m && expected > 0m)
        {
            kinds.Add(ProtectionFindingKind.Missing);
        }
        else if (covered > 0m && covered != expected)
        {
            kinds.Add(ProtectionFindingKind.WrongQuantity);
        }

        if (view.OpenOrders.Any(o => ExpiryRule.IsExpiring(o.ExpiresAt, now, calendar)))
        {
            kinds.Add(ProtectionFindingKind.Expiring);
        }

        return new LotCondition(view, expected, covered, kinds);
    }
}

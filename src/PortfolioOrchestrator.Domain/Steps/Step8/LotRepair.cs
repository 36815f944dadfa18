using PortfolioOrchestrator.Domain.Positions;
using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Domain.Steps.Step8;

/// <summary>
/// What <c>po protect</c> does for one lot (CONTRACT Resolution 16): cancel <see cref="Cancel"/> (each confirmed
/// final, Resolution 18), then, where <see cref="Place"/> is given, place the lot's protection again as the next
/// generation — never for more shares than the lot holds after the cancels. <see cref="Because"/> says why.
/// </summary>
public sealed record LotRepair(AccountId Account, Ticker Ticker, LotId Lot, IReadOnlyList<ClientOrderId> Cancel, ProtectionPlacement? Place, IReadOnlyList<ProtectionFindingKind> Because);

/// <summary>A lot's protection placed as generation <see cref="Generation"/> for at most <see cref="Shares"/> shares.</summary>
public sealed record ProtectionPlacement(int Generation, decimal Shares)
{
    /// <summary>
    /// The shares actually placed for <paramref name="lot"/>: at most <see cref="Shares"/> and what the lot holds, and never
    /// more than the venue holds (<paramref name="held"/>) beyond what the other lots' working protection covers
    /// (<paramref name="coveredByOthers"/>); 0 when nothing can be placed (none left, or less than one share where the
    /// venue takes only whole shares).
    /// </summary>
    public decimal SharesFor(Lot lot, decimal held, decimal coveredByOthers, bool wholeSharesOnly)
    {
        ArgumentNullException.ThrowIfNull(lot);
        var shares = Math.Min(Math.Min(Shares, lot.Quantity), Math.Max(0m, held - coveredByOthers));
        return shares <= 0m || (wholeSharesOnly && decimal.Floor(shares) <= 0m) ? 0m : shares;
    }
}

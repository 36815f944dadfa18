using PortfolioOrchestrator.Domain.Positions;

namespace PortfolioOrchestrator.Domain.Steps.Step8;

/// <summary>
/// Protection never covers more shares than the venue says are held (CONTRACT Resolution 16): where the venue
/// holds fewer shares than the journal's lots (after their protective fills are taken in), the shares that are not
/// there come off the lots first in, first out, as a sell would take them.
/// </summary>
public static class VenueHoldingRule
{
    /// <summary>The position with no more shares than <paramref name="held"/>, and how many shares the lots lost (0 when none).</summary>
    public static (PositionLots Position, decimal Missing) Apply(PositionLots position, decimal held)
    {
        ArgumentNullException.ThrowIfNull(position);
        var missing = position.HeldQuantity - Math.Max(0m, held);
        return missing > 0m ? (position.ConsumeFifo(missing), missing) : (position, 0m);
    }
}

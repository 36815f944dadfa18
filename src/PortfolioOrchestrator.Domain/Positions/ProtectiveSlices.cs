using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Domain.Positions;

/// <summary>
/// Shares a set of working protective orders covers (CONTRACT §6): orders sharing a link group are one slice
/// and reserve their shares once, so each slice counts its largest leg.
/// </summary>
public static class ProtectiveSlices
{
    /// <summary>The shares <paramref name="openOrders"/> cover, per slice the largest leg.</summary>
    public static decimal Covered(IEnumerable<ProtectiveOrder> openOrders) => openOrders
        .GroupBy(o => o.LinkGroup ?? o.ClientOrderId.Value, StringComparer.Ordinal)
        .Sum(slice => slice.Max(o => o.Quantity));
}

using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Domain.Positions;

/// <summary>
/// The protection of one lot as the venue is asked for it (CONTRACT Resolution 15): the lot's own stop and
/// targets for <c>shares</c> shares, as protection generation <c>generation</c>. The orders' ids derive from the
/// lot's entry id and the generation (<see cref="ProtectionRequest.OrderId"/>), so asking one generation twice
/// places nothing twice.
/// </summary>
public static class LotProtectionRequest
{
    /// <summary>The request for <paramref name="lot"/> of (<paramref name="account"/>, <paramref name="ticker"/>); shares and generation as given.</summary>
    public static ProtectionRequest For(AccountId account, Ticker ticker, Lot lot, decimal shares, int generation)
    {
        ArgumentNullException.ThrowIfNull(lot);
        ArgumentOutOfRangeException.ThrowIfNegative(shares);
        ArgumentOutOfRangeException.ThrowIfLessThan(generation, 1);
        return new ProtectionRequest(ClientOrderId.Create(lot.Id.Value), ticker, account, shares, lot.Stop, lot.Targets) {
            Generation = generation,
            TradeId = lot.TradeId,
            RunId = lot.RunId,
        };
    }
}

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
public sealed record ProtectionPlacement(int Generation, decimal Shares);

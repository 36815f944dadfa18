using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Journal;
using PortfolioOrchestrator.Domain.Positions;
using PortfolioOrchestrator.Domain.Steps.Step8;

namespace PortfolioOrchestrator.Application.UseCases;

/// <summary>
/// One (account, ticker) as STEP 8's tracking read it at its venue (CONTRACT Resolution 16): the lots as the
/// journal held them (<see cref="Before"/>) and after the venue's answers were taken in (<see cref="After"/>), the
/// protective fills taken in, the shares the venue holds (null when it could not say), the shares the lots lost to
/// it (<see cref="HeldLess"/>), each protected lot's condition, the venue's orders as read, and the events to journal.
/// </summary>
public sealed record TrackedPosition(
    PositionLots Before,
    PositionLots After,
    IReadOnlyList<ProtectiveFill> Fills,
    decimal? Held,
    decimal HeldLess,
    IReadOnlyList<LotCondition> Lots,
    IReadOnlyList<BrokerOrder> VenueOrders,
    IReadOnlyList<PositionEvent> Events)
{
    /// <summary>Whether the venue's answers changed the lots (a fill, a status, shares no longer held).</summary>
    public bool Changed { get; init; }

    /// <summary>Whether part of the position could not be read at its venue.</summary>
    public bool Unread => Held is null || Lots.Any(l => l.Kinds.Contains(ProtectionFindingKind.NotChecked));
}

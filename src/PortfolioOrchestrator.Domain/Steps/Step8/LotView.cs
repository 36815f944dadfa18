using PortfolioOrchestrator.Domain.Positions;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Domain.Steps.Step8;

/// <summary>
/// One lot of (<see cref="Account"/>, <see cref="Ticker"/>) as the venue showed it: the lot with its protective
/// orders' statuses as read, and the ids of those the venue does not know (<see cref="Absent"/>), which protect nothing.
/// </summary>
public sealed record LotView(AccountId Account, Ticker Ticker, Lot Lot)
{
    /// <summary>Protective orders of the lot the venue answered "not found" for.</summary>
    public IReadOnlySet<ClientOrderId> Absent { get; init; } = new HashSet<ClientOrderId>();

    /// <summary>Protective orders of the lot still working at the venue.</summary>
    public IReadOnlyList<ProtectiveOrder> OpenOrders => [.. Lot.OpenProtectiveOrders.Where(o => !Absent.Contains(o.ClientOrderId))];

    /// <summary>Shares the working protective orders cover (a slice's legs count once).</summary>
    public decimal Covered => ProtectiveSlices.Covered(OpenOrders);
}

using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.QualityAssurance;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Domain.Positions;

/// <summary>
/// One lot of an (account, ticker) position (CONTRACT Resolution 15): the shares one filled buy opened,
/// or those held before the product protected anything. <see cref="Quantity"/> is the shares the lot
/// still holds; <see cref="Stop"/> and <see cref="Targets"/> are its own prices (dollars per share);
/// <see cref="ProtectiveOrders"/> are the orders of protection generation <see cref="Generation"/> that
/// protect it, in slices (orders sharing a <see cref="ProtectiveOrder.LinkGroup"/> cancel each other).
/// </summary>
public sealed record Lot
{
    public required LotId Id { get; init; }

    /// <summary>Shares the lot still holds.</summary>
    public required decimal Quantity { get; init; }

    /// <summary>The run whose trade opened the lot (null for the shares held before).</summary>
    public RunId? RunId { get; init; }

    /// <summary>The QA trade that opened the lot (null for the shares held before).</summary>
    public TradeId? TradeId { get; init; }

    /// <summary>When the lot's entry filled (null for the shares held before).</summary>
    public DateTimeOffset? OpenedAt { get; init; }

    /// <summary>The lot's stop-loss price, dollars per share; null where QA gave none.</summary>
    public StopLossSpec? Stop { get; init; }

    /// <summary>The lot's profit targets, dollars per share and percent of the lot.</summary>
    public IReadOnlyList<ProfitTargetSpec> Targets { get; init; } = [];

    /// <summary>
    /// Which placement of protection <see cref="ProtectiveOrders"/> belong to: 0 before any, 1 the first
    /// (STEP 3E after the fill), then one more each time the lot is protected again. Protective order ids
    /// derive from the entry id and the generation, so placing one generation twice places nothing twice.
    /// </summary>
    public int Generation { get; init; }

    /// <summary>The protective orders of the current generation, as last read from the venue.</summary>
    public IReadOnlyList<ProtectiveOrder> ProtectiveOrders { get; init; } = [];

    /// <summary>What of the lot is not protected, in words (CONTRACT Resolution 15: reported under <c>unprotected</c>).</summary>
    public IReadOnlyList<string> Unprotected { get; init; } = [];

    /// <summary>The shares held before the product protected anything: never protected by us.</summary>
    public bool IsHeldBefore => Id.IsHeldBefore;

    /// <summary>The protective orders still working at the venue (not final).</summary>
    public IReadOnlyList<ProtectiveOrder> OpenProtectiveOrders => [.. ProtectiveOrders.Where(o => !o.Status.IsFinal())];

    /// <summary>Whether a protective order is still working at the venue (as <see cref="OpenProtectiveOrders"/> is non-empty, without building it).</summary>
    public bool HasOpenProtectiveOrders
    {
        get
        {
            foreach (var order in ProtectiveOrders)
            {
                if (!order.Status.IsFinal())
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// Shares the open protective orders cover: per slice (orders sharing a link group reserve their shares
    /// once) the largest open leg.
    /// </summary>
    public decimal ProtectedQuantity => ProtectiveSlices.Covered(OpenProtectiveOrders);

    /// <summary>The lot with <paramref name="shares"/> fewer shares held (never below zero).</summary>
    public Lot Less(decimal shares) => this with { Quantity = Math.Max(0m, Quantity - shares) };
}

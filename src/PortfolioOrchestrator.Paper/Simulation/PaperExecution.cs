using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Paper.Simulation;

/// <summary>
/// What the venue does with one entry order: reject it, leave it open, or fill it (wholly or in
/// part) at <see cref="FillPrice"/> dollars per share for <see cref="FilledDollars"/> and <see cref="Quantity"/> shares.
/// An open sell holds back <see cref="ReservedQuantity"/> shares.
/// </summary>
internal sealed record PaperExecution(OrderStatus Status, string? RejectReason, Money? FillPrice, Money FilledDollars, decimal Quantity)
{
    public static PaperExecution Rejected(string reason) => new(OrderStatus.Rejected, reason, null, Money.Zero, 0m);

    public static PaperExecution Open { get; } = new(OrderStatus.Accepted, null, null, Money.Zero, 0m);

    /// <summary>For an open sell by notional, the shares it was accepted for (held back while it is open).</summary>
    public decimal? ReservedQuantity { get; init; }

    public bool Filled => Quantity > 0m;
}

/// <summary>
/// What the venue knows when an entry arrives: the cash the order's account spends (null: no account),
/// the last marked price of the ticker, and the account's shares in it — held, and not held back by open sells.
/// </summary>
internal sealed record PaperBookView(Money? Cash, Money? Mark, decimal Held, decimal Available);

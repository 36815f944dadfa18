using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Paper.Simulation;

/// <summary>
/// What the venue does with one entry order: reject it, leave it open, or fill it (wholly or in
/// part) at <see cref="FillPrice"/> dollars per share for <see cref="FilledDollars"/> and <see cref="Quantity"/> shares.
/// </summary>
internal sealed record PaperExecution(OrderStatus Status, string? RejectReason, Money? FillPrice, Money FilledDollars, decimal Quantity)
{
    public static PaperExecution Rejected(string reason) => new(OrderStatus.Rejected, reason, null, Money.Zero, 0m);

    public static PaperExecution Open { get; } = new(OrderStatus.Accepted, null, null, Money.Zero, 0m);

    public bool Filled => Quantity > 0m;
}

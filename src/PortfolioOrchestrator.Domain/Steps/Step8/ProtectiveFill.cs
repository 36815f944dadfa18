using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Positions;
using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Domain.Steps.Step8;

/// <summary>
/// A protective order of lot <see cref="Lot"/> that the venue reports final with <see cref="Shares"/> shares
/// filled at <see cref="AveragePrice"/> dollars per share (a stop or target hit), taken in once.
/// </summary>
public sealed record ProtectiveFill(LotId Lot, ClientOrderId Order, OrderType Type, decimal Shares, Money? AveragePrice, OrderStatus Status);

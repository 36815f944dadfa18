using PortfolioOrchestrator.Domain.Broker;

namespace PortfolioOrchestrator.Paper;

/// <summary>
/// An order as the paper venue lists it (CONTRACT §6): the order and, for a protective order, the QA trade
/// and the run whose lot it protects (null for entries, and for orders an earlier version placed).
/// </summary>
public sealed record PaperOrderEntry(BrokerOrder Order, string? TradeId, string? RunId);

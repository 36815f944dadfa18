using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Domain.Broker;

/// <summary>The venue's view of the account, in dollars.</summary>
public sealed record BrokerAccount(Money Cash, Money? Equity, Money? BuyingPower, bool TradingBlocked);

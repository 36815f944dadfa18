using PortfolioOrchestrator.Domain.Broker;

namespace PortfolioOrchestrator.Alpaca.Orders;

/// <summary>What a submission or lookup produced: the answer for the named order, and every order it brought (an OCO's legs).</summary>
internal sealed record Placement(OrderOutcome Outcome, IReadOnlyList<BrokerOrder> Orders);

/// <summary>A lookup's answer and every order it brought (an OCO's legs).</summary>
internal sealed record LookupResult(OrderLookup Lookup, IReadOnlyList<BrokerOrder> Orders);

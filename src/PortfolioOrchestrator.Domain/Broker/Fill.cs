using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Domain.Broker;

/// <summary>One execution at the venue: its id (for de-duplication), shares, price per share in dollars, time.</summary>
public sealed record Fill(string ExecutionId, decimal Quantity, Money Price, DateTimeOffset At);

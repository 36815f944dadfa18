using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Domain.Runs;

/// <summary>What filled of an entry order: average price per share (dollars), shares, dollars, when.</summary>
public sealed record TradeFill(Money Price, decimal Quantity, Money FilledDollars, DateTimeOffset At);

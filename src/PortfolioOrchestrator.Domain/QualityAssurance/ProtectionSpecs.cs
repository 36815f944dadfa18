using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Domain.QualityAssurance;

/// <summary>The stop-loss QA asked for: a stop price in dollars per share.</summary>
public sealed record StopLossSpec(Money Price);

/// <summary>A profit target: a limit price in dollars per share and the share of the position (percent, 50 = half) to sell there.</summary>
public sealed record ProfitTargetSpec(Money Price, decimal PercentOfPosition);

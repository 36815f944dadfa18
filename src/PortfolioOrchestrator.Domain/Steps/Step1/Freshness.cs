namespace PortfolioOrchestrator.Domain.Steps.Step1;

/// <summary>How old PORTFOLIO.md is: NYSE sessions since its date, and wall-clock age.</summary>
public sealed record Freshness(int TradingDaysElapsed, TimeSpan Age, bool IsInFuture);

using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Domain.Portfolio;

/// <summary>One holding in PORTFOLIO.md. <paramref name="Quantity"/> is in shares; prices and values in dollars.</summary>
public sealed record Position(Ticker Ticker, AccountId Account, SectorName Sector, decimal Quantity, Money Price, Money MarketValue);

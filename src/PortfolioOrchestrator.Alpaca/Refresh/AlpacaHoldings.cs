using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Alpaca.Refresh;

/// <summary>One position as Alpaca reports it: shares, dollars per share, dollars.</summary>
internal sealed record AlpacaHolding(Ticker Ticker, decimal Quantity, Money Price, Money MarketValue);

/// <summary>What a refresh read from Alpaca: the account's cash and, for a full refresh, its positions.</summary>
internal sealed record AlpacaHoldings(Money Cash, IReadOnlyList<AlpacaHolding>? Positions);

namespace PortfolioOrchestrator.Alpaca.Json;

/// <summary>One entry of <c>GET /v2/positions</c>: shares, dollars per share, dollars.</summary>
internal sealed record AlpacaPositionDto(string? Symbol, decimal? Qty, decimal? CurrentPrice, decimal? MarketValue, string? Side);

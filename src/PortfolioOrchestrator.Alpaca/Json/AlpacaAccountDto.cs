namespace PortfolioOrchestrator.Alpaca.Json;

/// <summary>The fields of <c>GET /v2/account</c> this adapter reads; dollars.</summary>
internal sealed record AlpacaAccountDto(
    decimal? Cash,
    decimal? Equity,
    decimal? BuyingPower,
    bool? TradingBlocked,
    bool? AccountBlocked,
    string? Status);

namespace PortfolioOrchestrator.Alpaca.Json;

/// <summary>Alpaca's error body: <c>{"code": 40310000, "message": "insufficient buying power"}</c>.</summary>
internal sealed record AlpacaErrorDto(long? Code, string? Message);

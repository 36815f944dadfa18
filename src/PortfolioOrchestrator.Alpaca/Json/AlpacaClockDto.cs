namespace PortfolioOrchestrator.Alpaca.Json;

/// <summary><c>GET /v2/clock</c>.</summary>
internal sealed record AlpacaClockDto(DateTimeOffset? Timestamp, bool? IsOpen, DateTimeOffset? NextOpen, DateTimeOffset? NextClose);

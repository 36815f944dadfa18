namespace PortfolioOrchestrator.Alpaca.Json;

/// <summary><c>GET /v2/clock</c>.</summary>
internal sealed record AlpacaClockDto(DateTimeOffset? Timestamp, bool? IsOpen, DateTimeOffset? NextOpen, DateTimeOffset? NextClose);

/// <summary>One day of <c>GET /v2/calendar</c>: the date and the regular session's open and close, New York time.</summary>
internal sealed record AlpacaCalendarDayDto(string? Date, string? Open, string? Close);

using PortfolioOrchestrator.Domain.Calendar;

namespace PortfolioOrchestrator.Reporting.Building;

/// <summary>Shows an instant at the exchange's offset (America/New_York), as the inputs write times.</summary>
internal static class ExchangeTime
{
    public static DateTimeOffset Of(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, NyseCalendar.TimeZone);

    public static DateTimeOffset? Of(DateTimeOffset? instant) => instant is { } value ? Of(value) : null;
}

using PortfolioOrchestrator.Domain.Calendar;

namespace PortfolioOrchestrator.Testing.Calendar;

/// <summary>
/// A trading calendar with every weekday a session except the <paramref name="holidays"/> given (none by
/// default), dated in America/New_York. Enough for engine and report tests; the real NYSE calendar is
/// tested on its own.
/// </summary>
public sealed class WeekdayCalendar(params DateOnly[] holidays) : ITradingCalendar
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    public bool IsTradingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(date);

    public DateOnly NextTradingDay(DateOnly date)
    {
        var next = date.AddDays(1);
        while (!IsTradingDay(next))
        {
            next = next.AddDays(1);
        }

        return next;
    }

    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, NewYork).DateTime);

    public int TradingDaysElapsed(DateTimeOffset from, DateTimeOffset to)
    {
        var count = 0;
        var end = LocalDate(to);
        for (var day = LocalDate(from).AddDays(1); day <= end; day = day.AddDays(1))
        {
            if (IsTradingDay(day))
            {
                count++;
            }
        }

        return count;
    }
}

using PortfolioOrchestrator.Domain.Calendar;

namespace PortfolioOrchestrator.Reporting.Tests.Builders;

/// <summary>A calendar whose only closed days are weekends (and any holidays given), in New York winter time.</summary>
internal sealed class WeekendCalendar(params DateOnly[] holidays) : ITradingCalendar
{
    private static readonly TimeSpan NewYork = TimeSpan.FromHours(-5);

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

    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(NewYork).DateTime);

    public int TradingDaysElapsed(DateTimeOffset from, DateTimeOffset to)
    {
        var count = 0;
        for (var day = NextTradingDay(LocalDate(from)); day <= LocalDate(to); day = NextTradingDay(day))
        {
            count++;
        }

        return count;
    }
}

using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace PortfolioOrchestrator.Domain.Calendar;

/// <summary>
/// The New York Stock Exchange's regular sessions in America/New_York (CONTRACT Resolution 7):
/// weekdays that are neither a holiday by rule (<see cref="NyseHolidayRules"/>) nor a special
/// closure (<see cref="NyseSpecialClosures"/>). Early closes are full sessions. Thread-safe.
/// </summary>
public sealed class NyseCalendar : ITradingCalendar
{
    private readonly ConcurrentDictionary<int, FrozenSet<DateOnly>> _closuresByYear = new();

    /// <summary>One shared instance; the calendar holds nothing but a cache.</summary>
    public static NyseCalendar Instance { get; } = new();

    /// <summary>America/New_York, from the system's IANA database: the exchange's zone.</summary>
    public static TimeZoneInfo TimeZone { get; } = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    /// <summary>The year's weekday closures (holidays by rule and special closures), in date order.</summary>
    public IReadOnlyList<MarketHoliday> HolidaysIn(int year) =>
        [.. NyseHolidayRules.In(year)
            .Concat(NyseSpecialClosures.All.Where(c => c.Date.Year == year))
            .OrderBy(h => h.Date)];

    public bool IsTradingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !ClosuresIn(date.Year).Contains(date);

    public DateOnly NextTradingDay(DateOnly date)
    {
        var next = date.AddDays(1);
        while (!IsTradingDay(next))
        {
            next = next.AddDays(1);
        }

        return next;
    }

    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime);

    public int TradingDaysElapsed(DateTimeOffset from, DateTimeOffset to)
    {
        var last = LocalDate(to);
        var sessions = 0;
        for (var day = LocalDate(from).AddDays(1); day <= last; day = day.AddDays(1))
        {
            if (IsTradingDay(day))
            {
                sessions++;
            }
        }

        return sessions;
    }

    private FrozenSet<DateOnly> ClosuresIn(int year) =>
        _closuresByYear.GetOrAdd(year, y => HolidaysIn(y).Select(h => h.Date).ToFrozenSet());
}

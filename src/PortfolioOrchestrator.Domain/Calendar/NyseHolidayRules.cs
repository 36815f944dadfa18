namespace PortfolioOrchestrator.Domain.Calendar;

/// <summary>
/// The exchange's full-day holidays by rule (NYSE Rule 7.2), with observance: a Saturday holiday is
/// observed the Friday before, a Sunday holiday the Monday after — except New Year's Day, whose
/// Saturday falls on the last trading day of the year before and is not observed at all. The rules
/// hold from 1998 (the first year of Martin Luther King Jr. Day); Juneteenth counts from 2022.
/// </summary>
public static class NyseHolidayRules
{
    /// <summary>The year's weekday closures by rule, in date order (special closures not included).</summary>
    public static IReadOnlyList<MarketHoliday> In(int year)
    {
        var holidays = new List<MarketHoliday>(10);
        var newYear = new DateOnly(year, 1, 1);
        if (newYear.DayOfWeek != DayOfWeek.Saturday)
        {
            holidays.Add(Observed(newYear, "New Year's Day"));
        }

        if (year >= 1998)
        {
            holidays.Add(new(NthWeekday(year, 1, DayOfWeek.Monday, 3), "Martin Luther King Jr. Day"));
        }

        holidays.Add(new(NthWeekday(year, 2, DayOfWeek.Monday, 3), "Washington's Birthday"));
        holidays.Add(new(EasterSunday.In(year).AddDays(-2), "Good Friday"));
        holidays.Add(new(LastWeekday(year, 5, DayOfWeek.Monday), "Memorial Day"));
        if (year >= 2022)
        {
            holidays.Add(Observed(new DateOnly(year, 6, 19), "Juneteenth National Independence Day"));
        }

        holidays.Add(Observed(new DateOnly(year, 7, 4), "Independence Day"));
        holidays.Add(new(NthWeekday(year, 9, DayOfWeek.Monday, 1), "Labor Day"));
        holidays.Add(new(NthWeekday(year, 11, DayOfWeek.Thursday, 4), "Thanksgiving Day"));
        holidays.Add(Observed(new DateOnly(year, 12, 25), "Christmas Day"));
        return holidays;
    }

    private static MarketHoliday Observed(DateOnly date, string name) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => new(date.AddDays(-1), name + " (observed)"),
        DayOfWeek.Sunday => new(date.AddDays(1), name + " (observed)"),
        _ => new(date, name),
    };

    private static DateOnly NthWeekday(int year, int month, DayOfWeek day, int n)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)day - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + (7 * (n - 1)));
    }

    private static DateOnly LastWeekday(int year, int month, DayOfWeek day)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        var offset = ((int)last.DayOfWeek - (int)day + 7) % 7;
        return last.AddDays(-offset);
    }
}

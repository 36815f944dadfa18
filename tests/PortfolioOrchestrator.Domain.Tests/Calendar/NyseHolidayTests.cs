using PortfolioOrchestrator.Domain.Calendar;

namespace PortfolioOrchestrator.Domain.Tests.Calendar;

public sealed class NyseHolidayTests
{
    // The exchange's published full-day closures (nyse.com, "Holidays and trading hours").
    public static TheoryData<int, string[]> PublishedHolidays => new()
    {
        { 2024, ["2024-01-01", "2024-01-15", "2024-02-19", "2024-03-29", "2024-05-27", "2024-06-19", "2024-07-04", "2024-09-02", "2024-11-28", "2024-12-25"] },
        { 2025, ["2025-01-01", "2025-01-09", "2025-01-20", "2025-02-17", "2025-04-18", "2025-05-26", "2025-06-19", "2025-07-04", "2025-09-01", "2025-11-27", "2025-12-25"] },
        { 2026, ["2026-01-01", "2026-01-19", "2026-02-16", "2026-04-03", "2026-05-25", "2026-06-19", "2026-07-03", "2026-09-07", "2026-11-26", "2026-12-25"] },
        { 2027, ["2027-01-01", "2027-01-18", "2027-02-15", "2027-03-26", "2027-05-31", "2027-06-18", "2027-07-05", "2027-09-06", "2027-11-25", "2027-12-24"] },
        { 2028, ["2028-01-17", "2028-02-21", "2028-04-14", "2028-05-29", "2028-06-19", "2028-07-04", "2028-09-04", "2028-11-23", "2028-12-25"] },
    };

    private readonly NyseCalendar _calendar = new();

    [Theory]
    [MemberData(nameof(PublishedHolidays))]
    public void Holidays_match_the_exchanges_published_list(int year, string[] expected)
    {
        var dates = _calendar.HolidaysIn(year).Select(h => h.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, dates);
    }

    [Theory]
    [MemberData(nameof(PublishedHolidays))]
    public void No_published_holiday_is_a_trading_day(int year, string[] expected)
    {
        Assert.All(expected, d => Assert.False(_calendar.IsTradingDay(DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture)), $"{d} ({year})"));
    }

    [Theory]
    [MemberData(nameof(PublishedHolidays))]
    public void Every_other_weekday_of_the_year_is_a_trading_day(int year, string[] expected)
    {
        var closed = expected.Select(d => DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
        {
            var weekday = day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
            Assert.Equal(weekday && !closed.Contains(day), _calendar.IsTradingDay(day));
        }
    }

    [Fact]
    public void New_Years_Day_on_a_Saturday_closes_no_weekday()
    {
        Assert.True(_calendar.IsTradingDay(new DateOnly(2027, 12, 31)));
        Assert.True(_calendar.IsTradingDay(new DateOnly(2021, 12, 31)));
        Assert.DoesNotContain(_calendar.HolidaysIn(2028), h => h.Name.StartsWith("New Year", StringComparison.Ordinal));
    }

    [Fact]
    public void A_Sunday_holiday_is_observed_the_Monday_after()
    {
        Assert.False(_calendar.IsTradingDay(new DateOnly(2027, 7, 5)));
        Assert.False(_calendar.IsTradingDay(new DateOnly(2022, 12, 26)));
        Assert.False(_calendar.IsTradingDay(new DateOnly(2023, 1, 2)));
    }

    [Fact]
    public void Juneteenth_is_a_holiday_only_from_2022()
    {
        Assert.True(_calendar.IsTradingDay(new DateOnly(2021, 6, 18)));
        Assert.False(_calendar.IsTradingDay(new DateOnly(2022, 6, 20)));
        Assert.False(_calendar.IsTradingDay(new DateOnly(2023, 6, 19)));
    }

    [Theory]
    [InlineData("2001-09-11")]
    [InlineData("2001-09-12")]
    [InlineData("2001-09-13")]
    [InlineData("2001-09-14")]
    [InlineData("2012-10-29")]
    [InlineData("2012-10-30")]
    [InlineData("2018-12-05")]
    [InlineData("2025-01-09")]
    public void Special_closures_are_not_trading_days(string date)
    {
        Assert.False(_calendar.IsTradingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2028, 4, 16)]
    [InlineData(2038, 4, 25)]
    [InlineData(2285, 3, 22)]
    public void Easter_Sunday_is_computed(int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), EasterSunday.In(year));
    }

    [Fact]
    public void Weekends_are_not_trading_days()
    {
        Assert.False(_calendar.IsTradingDay(new DateOnly(2026, 3, 7)));
        Assert.False(_calendar.IsTradingDay(new DateOnly(2026, 3, 8)));
        Assert.True(_calendar.IsTradingDay(new DateOnly(2026, 3, 9)));
    }
}

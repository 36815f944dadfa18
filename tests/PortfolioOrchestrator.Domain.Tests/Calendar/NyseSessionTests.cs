using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PortfolioOrchestrator.Domain.Calendar;

namespace PortfolioOrchestrator.Domain.Tests.Calendar;

public sealed class NyseSessionTests
{
    private static readonly TimeSpan Edt = TimeSpan.FromHours(-4);
    private static readonly TimeSpan Est = TimeSpan.FromHours(-5);
    private readonly NyseCalendar _calendar = new();

    [Fact]
    public void Friday_afternoon_to_Monday_morning_is_one_session()
    {
        var friday = new DateTimeOffset(2026, 3, 6, 15, 0, 0, Est);
        var monday = new DateTimeOffset(2026, 3, 9, 9, 0, 0, Edt);

        Assert.Equal(1, _calendar.TradingDaysElapsed(friday, monday));
    }

    [Fact]
    public void The_same_day_or_earlier_is_zero_sessions()
    {
        var morning = new DateTimeOffset(2026, 3, 10, 8, 0, 0, Edt);
        var evening = new DateTimeOffset(2026, 3, 10, 22, 0, 0, Edt);

        Assert.Equal(0, _calendar.TradingDaysElapsed(morning, evening));
        Assert.Equal(0, _calendar.TradingDaysElapsed(evening, morning.AddDays(-3)));
    }

    [Fact]
    public void A_holiday_weekend_counts_only_the_session_after_it()
    {
        // Friday before Memorial Day 2026 to the Tuesday after it.
        var friday = new DateTimeOffset(2026, 5, 22, 16, 0, 0, Edt);
        var tuesday = new DateTimeOffset(2026, 5, 26, 9, 30, 0, Edt);

        Assert.Equal(1, _calendar.TradingDaysElapsed(friday, tuesday));
    }

    [Fact]
    public void A_late_evening_in_UTC_is_still_the_previous_day_in_New_York()
    {
        // 02:30 UTC on Tuesday is 22:30 on Monday in New York.
        var mondayClose = new DateTimeOffset(2026, 3, 9, 16, 0, 0, Edt);
        var tuesdayUtc = new DateTimeOffset(2026, 3, 10, 2, 30, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2026, 3, 9), _calendar.LocalDate(tuesdayUtc));
        Assert.Equal(0, _calendar.TradingDaysElapsed(mondayClose, tuesdayUtc));
        Assert.Equal(1, _calendar.TradingDaysElapsed(mondayClose, tuesdayUtc.AddHours(3)));
    }

    [Fact]
    public void Instants_in_other_zones_are_read_in_New_York()
    {
        var updated = new DateTimeOffset(2026, 1, 15, 12, 40, 0, TimeSpan.FromHours(-7));
        var now = new DateTimeOffset(2026, 1, 16, 22, 30, 0, TimeSpan.FromHours(-8));

        Assert.Equal(new DateOnly(2026, 1, 17), _calendar.LocalDate(now));
        Assert.Equal(1, _calendar.TradingDaysElapsed(updated, now));
    }

    [Fact]
    public void Next_trading_day_skips_a_holiday_weekend()
    {
        Assert.Equal(new DateOnly(2026, 5, 26), _calendar.NextTradingDay(new DateOnly(2026, 5, 22)));
        Assert.Equal(new DateOnly(2027, 7, 6), _calendar.NextTradingDay(new DateOnly(2027, 7, 2)));
        Assert.Equal(new DateOnly(2026, 4, 6), _calendar.NextTradingDay(new DateOnly(2026, 4, 2)));
        Assert.Equal(new DateOnly(2025, 1, 10), _calendar.NextTradingDay(new DateOnly(2025, 1, 8)));
    }

    [Fact]
    public void Next_trading_day_is_strictly_after_the_date()
    {
        Assert.Equal(new DateOnly(2026, 3, 11), _calendar.NextTradingDay(new DateOnly(2026, 3, 10)));
    }

    [Property]
    public Property Elapsed_sessions_add_up_across_an_intermediate_instant()
    {
        // Minutes within 2000..2039, at any offset a timestamp might carry.
        var instants =
            from minutes in Gen.Choose(0, 40 * 366 * 24 * 60)
            from offsetHours in Gen.Choose(-12, 14)
            select new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(minutes).ToOffset(TimeSpan.FromHours(offsetHours));
        var ordered = Gen.Three(instants).Select(t => new[] { t.Item1, t.Item2, t.Item3 }.OrderBy(i => i.UtcTicks).ToArray());

        return Prop.ForAll(ordered.ToArbitrary(), abc =>
            _calendar.TradingDaysElapsed(abc[0], abc[2]) == _calendar.TradingDaysElapsed(abc[0], abc[1]) + _calendar.TradingDaysElapsed(abc[1], abc[2]));
    }
}

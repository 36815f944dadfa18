using PortfolioOrchestrator.Domain.Steps.Step8;
using PortfolioOrchestrator.Testing.Calendar;

namespace PortfolioOrchestrator.Domain.Tests.Steps.Step8;

public sealed class ReviewScheduleTests
{
    [Theory]
    [InlineData(2026, 11, 24, 10, "2026-11-25")] // Tuesday → Wednesday
    [InlineData(2026, 11, 20, 15, "2026-11-23")] // Friday → Monday
    [InlineData(2026, 11, 21, 12, "2026-11-23")] // Saturday → Monday
    [InlineData(2026, 11, 24, 23, "2026-11-25")] // 23:00 EST is already the 25th in UTC
    public void Step8_next_review_is_the_next_session_after_the_new_york_date(int y, int m, int d, int hour, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ReviewSchedule.NextReviewDate(new WeekdayCalendar(), Examples.At(y, m, d, hour, 0)));
}

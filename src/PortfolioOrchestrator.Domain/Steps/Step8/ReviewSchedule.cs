using PortfolioOrchestrator.Domain.Calendar;

namespace PortfolioOrchestrator.Domain.Steps.Step8;

/// <summary>STEP 8's daily monitoring: the next review is the next NYSE session after the run's New York date.</summary>
public static class ReviewSchedule
{
    public static DateOnly NextReviewDate(ITradingCalendar calendar, DateTimeOffset now) =>
        calendar.NextTradingDay(calendar.LocalDate(now));
}

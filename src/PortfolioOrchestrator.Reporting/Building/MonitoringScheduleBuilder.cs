using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Calendar;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Reporting.Model;

namespace PortfolioOrchestrator.Reporting.Building;

/// <summary>STEP 8's monitoring schedule, on NYSE sessions after the run's New York date.</summary>
internal static class MonitoringScheduleBuilder
{
    public const string Daily = "daily";

    public static MonitoringSchedule For(DateOnly runDate, IReadOnlyList<TradeExecution> trades, ITradingCalendar calendar)
    {
        var nextMonday = runDate.AddDays(DaysUntilNextMonday(runDate.DayOfWeek));
        var quarterStart = new DateOnly(runDate.Year, ((runDate.Month - 1) / 3 * 3) + 1, 1).AddMonths(3);
        return new MonitoringSchedule
        {
            DailyCheck = calendar.NextTradingDay(runDate),
            WeeklyRebalancingReview = FirstSessionFrom(nextMonday, calendar),
            QuarterlyThesisValidation = FirstSessionFrom(quarterStart, calendar),
            StopLossAndTargetTracking = new ProtectiveOrderTracking { Frequency = Daily, OpenOrderIds = OpenProtectiveOrderIds(trades) },
        };
    }

    private static int DaysUntilNextMonday(DayOfWeek day) => day == DayOfWeek.Sunday ? 1 : 8 - (int)day;

    private static DateOnly FirstSessionFrom(DateOnly date, ITradingCalendar calendar) =>
        calendar.IsTradingDay(date) ? date : calendar.NextTradingDay(date);

    private static List<string> OpenProtectiveOrderIds(IReadOnlyList<TradeExecution> trades) =>
    [
        .. trades
            .OrderBy(t => t.Sequence)
            .SelectMany(t => t.StopLossOrder is { } stop ? [stop, .. t.AdditionalStopLossOrders, .. t.ProfitTargetOrders] : t.ProfitTargetOrders)
            .Where(order => !order.Status.IsFinal())
            .Select(order => order.ClientOrderId.Value),
    ];
}

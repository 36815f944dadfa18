using PortfolioOrchestrator.Domain.Steps.Step1;
using PortfolioOrchestrator.Testing.Calendar;

namespace PortfolioOrchestrator.Domain.Tests.Steps.Step1;

public sealed class FreshnessRuleTests
{
    private readonly FreshnessRule _rule = new(new WeekdayCalendar(), ExecutionPolicy.Default);

    [Fact]
    public void Step1_same_day_is_zero_trading_days_and_fresh()
    {
        var freshness = _rule.Measure(Examples.At(2026, 11, 24, 9, 40), Examples.At(2026, 11, 24, 15, 0));

        Assert.Equal(0, freshness.TradingDaysElapsed);
        Assert.Equal(TimeSpan.FromMinutes(320), freshness.Age);
        Assert.False(_rule.IsTooStale(freshness));
    }

    [Fact]
    public void Step1_one_session_later_is_still_fresh()
    {
        var freshness = _rule.Measure(Examples.At(2026, 11, 23, 16, 0), Examples.At(2026, 11, 24, 9, 0));

        Assert.Equal(1, freshness.TradingDaysElapsed);
        Assert.False(_rule.IsTooStale(freshness));
    }

    [Fact]
    public void Step1_two_sessions_later_is_too_stale()
    {
        var freshness = _rule.Measure(Examples.At(2026, 11, 20, 9, 40), Examples.At(2026, 11, 24, 9, 0));

        Assert.Equal(2, freshness.TradingDaysElapsed);
        Assert.True(_rule.IsTooStale(freshness));
    }

    [Fact]
    public void Step1_dates_are_taken_in_new_york()
    {
        // 23:30 EST on the 23rd is already the 24th in UTC; in New York it is still the 23rd.
        var freshness = _rule.Measure(new DateTimeOffset(2026, 11, 24, 4, 30, 0, TimeSpan.Zero), Examples.At(2026, 11, 24, 10, 0));

        Assert.Equal(1, freshness.TradingDaysElapsed);
    }

    [Fact]
    public void Resolution7_an_update_more_than_five_minutes_ahead_is_in_the_future()
    {
        var now = Examples.At(2026, 11, 24, 10, 0);

        Assert.True(_rule.Measure(now.AddMinutes(6), now).IsInFuture);
        Assert.False(_rule.Measure(now.AddMinutes(5), now).IsInFuture);
        Assert.Equal(TimeSpan.Zero, _rule.Measure(now.AddMinutes(5), now).Age);
    }
}

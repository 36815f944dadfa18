using PortfolioOrchestrator.Domain.Steps.Step1;
using PortfolioOrchestrator.Domain.Steps.Step2;

namespace PortfolioOrchestrator.Domain.Tests.Steps.Step2;

public sealed class RefreshTimingRuleTests
{
    private readonly RefreshTimingRule _rule = new(ExecutionPolicy.Default);

    [Theory]
    [InlineData(0, 60, PortfolioState.Current)]
    [InlineData(0, 120, PortfolioState.Current)]
    [InlineData(0, 121, PortfolioState.StaleWithinDay)]
    [InlineData(1, 60, PortfolioState.Current)]
    [InlineData(1, 1200, PortfolioState.StaleWithinDay)]
    [InlineData(2, 60, PortfolioState.TooStale)]
    [InlineData(3, 4000, PortfolioState.TooStale)]
    public void Step2C_classifies_by_sessions_then_hours(int sessions, int minutes, PortfolioState expected) =>
        Assert.Equal(expected, _rule.Classify(new Freshness(sessions, TimeSpan.FromMinutes(minutes), false)));
}

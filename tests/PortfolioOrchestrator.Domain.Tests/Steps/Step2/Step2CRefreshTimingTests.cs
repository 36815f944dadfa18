using PortfolioOrchestrator.Domain.Refresh;
using PortfolioOrchestrator.Testing.Refresh;
using static PortfolioOrchestrator.Domain.Tests.Engine.Example;

namespace PortfolioOrchestrator.Domain.Tests.Steps.Step2;

public sealed class Step2CRefreshTimingTests
{
    // The default PORTFOLIO.md was updated at 09:40 EST.
    private static readonly DateTimeOffset TwoHoursLater = Examples.At(2026, 11, 24, 11, 40);
    private static readonly DateTimeOffset OverTwoHoursLater = Examples.At(2026, 11, 24, 11, 41);

    [Fact]
    public async Task Step2C_data_at_most_two_hours_old_is_current_and_not_refreshed()
    {
        var h = new EngineHarness(TwoHoursLater);

        var run = await h.StartAsync(new QaReportBuilder());

        Assert.Equal(PortfolioState.Current, run.Header.PortfolioState);
        Assert.Equal(RefreshStatus.NotNeeded, run.Header.Refresh);
        Assert.Empty(h.Refresher.Requests);
    }

    [Fact]
    public async Task Step2C_same_day_over_two_hours_triggers_quick_refresh()
    {
        // The refresh finds 50,000 of cash: the loop uses it, 50,000 − 5,000 = 45,000 over the 249,800 at the start.
        var h = new EngineHarness(OverTwoHoursLater)
        {
            Refresher = FixedRefresher.Completed(new PortfolioBuilder().Cash(50_000m).Build(), TimeSpan.FromMinutes(5)),
        };

        var run = await h.StartAsync(new QaReportBuilder());

        Assert.Equal(PortfolioState.StaleWithinDay, run.Header.PortfolioState);
        Assert.Equal([RefreshScope.Quick], h.Refresher.Requests);
        Assert.Equal(RefreshStatus.Completed, run.Header.Refresh);
        Assert.Equal(Buffer(45_000m), run.Trade("T-001").BufferAfter);
        Assert.Empty(run.Escalations);
        Assert.Equal(RunStatus.Completed, run.Header.Status);
    }

    [Fact]
    public async Task Step2C_refresh_timeout_proceeds_with_caveat()
    {
        // Still pending at the 10-minute timeout, expected within 12: no escalation, the file's cash is used.
        var h = new EngineHarness(OverTwoHoursLater) { Refresher = FixedRefresher.Pending(TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(12)) };

        var run = await h.StartAsync(new QaReportBuilder());

        Assert.Equal(RefreshStatus.TimedOut, run.Header.Refresh);
        Assert.Contains("Portfolio data >2 hours old", run.Header.Caveats);
        Assert.Empty(run.EscalationsOf(EscalationType.RefreshDelayed));
        Assert.Equal(TradeStatus.Executed, run.Trade("T-001").Status);
        Assert.Equal(Buffer(40_000m), run.Trade("T-001").BufferAfter);
        Assert.True(h.Clock.GetUtcNow() >= OverTwoHoursLater.AddMinutes(10));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(20)]
    public async Task Step2C_refresh_outstanding_past_15_minutes_raises_refresh_delayed(int? expectedMinutes)
    {
        var expected = expectedMinutes is { } m ? TimeSpan.FromMinutes(m) : (TimeSpan?)null;
        var h = new EngineHarness(OverTwoHoursLater) { Refresher = FixedRefresher.Pending(TimeSpan.FromMinutes(10), expected) };

        var run = await h.StartAsync(new QaReportBuilder());

        var delayed = Assert.Single(run.EscalationsOf(EscalationType.RefreshDelayed));
        Assert.False(delayed.Blocking);
        Assert.Equal("STEP 2C", delayed.Step.Text());
        Assert.Equal(TradeStatus.Executed, run.Trade("T-001").Status);
        Assert.Equal(RunStatus.CompletedWithEscalations, run.Header.Status);
    }

    [Fact]
    public async Task Step2C_refresh_completing_after_the_timeout_counts_as_timed_out()
    {
        var h = new EngineHarness(OverTwoHoursLater)
        {
            Refresher = FixedRefresher.Completed(new PortfolioBuilder().Cash(50_000m).Build(), TimeSpan.FromMinutes(11)),
        };

        var run = await h.StartAsync(new QaReportBuilder());

        Assert.Equal(RefreshStatus.TimedOut, run.Header.Refresh);
        Assert.Equal(Buffer(40_000m), run.Trade("T-001").BufferAfter);
    }

    [Fact]
    public async Task Step2C_failed_refresh_proceeds_with_caveat()
    {
        var h = new EngineHarness(OverTwoHoursLater) { Refresher = FixedRefresher.Failed("Portfolio-Persona unavailable") };

        var run = await h.StartAsync(new QaReportBuilder());

        Assert.Equal(RefreshStatus.Failed, run.Header.Refresh);
        Assert.Contains("Portfolio data >2 hours old", run.Header.Caveats);
        Assert.Equal(TradeStatus.Executed, run.Trade("T-001").Status);
    }
}

using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.Refresh;
using PortfolioOrchestrator.Testing.Refresh;
using static PortfolioOrchestrator.Domain.Tests.Engine.Example;

namespace PortfolioOrchestrator.Domain.Tests.Steps.Step2;

/// <summary>
/// CONTRACT Resolution 24: a completed refresh's portfolio is the one STEP 3 onwards use (its cash, sectors and
/// positions; the denominator stays the start's total value) and it is journaled as an input of the run.
/// </summary>
public sealed class Step2CRefreshedPortfolioTests
{
    private static readonly DateTimeOffset OverTwoHoursLater = Examples.At(2026, 11, 24, 11, 41);

    private static readonly PortfolioSnapshot Fresh = new PortfolioBuilder()
        .LastUpdated(Examples.At(2026, 11, 24, 11, 30))
        .Cash(40_000m)
        .WithPosition("NVDA", "TAXABLE-1", "Technology", 100m, 500m)
        .Build();

    private static EngineHarness Harness() => new(OverTwoHoursLater)
    {
        Refresher = FixedRefresher.Completed(Fresh, TimeSpan.FromMinutes(3)),
    };

    [Fact]
    public async Task The_refreshed_portfolio_is_journaled_as_an_input_of_the_run()
    {
        var h = Harness();

        var run = await h.StartAsync(new QaReportBuilder());

        var stored = await h.LoadAsync(run.Header.RunId);
        Assert.NotNull(stored!.Inputs.Refreshed);
        Assert.Equal(Fresh.LastUpdated, stored.Inputs.ExecutedOn.LastUpdated);
        Assert.Equal(Examples.PortfolioUpdated, stored.Inputs.Portfolio.LastUpdated);
    }

    [Fact]
    public async Task STEP_3_starts_from_the_refreshed_cash_over_the_starts_total_value()
    {
        var h = Harness();

        var run = await h.StartAsync(new QaReportBuilder());

        // 40,000 − 5,000 over the 249,800 the run started from, not over the refreshed file's total.
        Assert.Equal(Buffer(35_000m), run.Trade("T-001").BufferAfter);
        Assert.Equal(Money.FromDollars(40_000m), run.Header.StartCash);
    }

    [Fact]
    public async Task STEP_5_adds_the_runs_fills_to_the_refreshed_positions()
    {
        var h = Harness();

        var run = await h.StartAsync(new QaReportBuilder());

        // Technology: AAPL 19,000 + the refreshed file's NVDA 50,000 + MSFT 5,000, over 249,800.
        var technology = run.Header.PostExecution!.Sectors.Single(s => s.Sector.Value == "Technology");
        Assert.Equal(Buffer(74_000m), technology.Allocation);
    }

    [Fact]
    public async Task A_QUICK_refresh_asks_for_the_accounts_the_queued_trades_name()
    {
        var h = Harness();

        await h.StartAsync(new QaReportBuilder().With(new TradeBuilder("T-001", "MSFT").Account("ROTH-1"), new TradeBuilder("T-002", "AMD").Account("ROTH-1")));

        var request = Assert.Single(h.Refresher.Asked);
        Assert.Equal(RefreshScope.Quick, request.Scope);
        Assert.Equal(["ROTH-1"], request.Accounts.Select(a => a.Value));
        Assert.Equal("QUICK_REFRESH", request.Signal);
        Assert.Equal(TimeSpan.FromMinutes(10), request.Timeout);
    }

    [Fact]
    public async Task A_refresh_that_did_not_complete_leaves_the_run_on_the_given_portfolio()
    {
        var h = new EngineHarness(OverTwoHoursLater) { Refresher = FixedRefresher.Failed("the refresh command exited with code 7") };

        var run = await h.StartAsync(new QaReportBuilder());

        Assert.Null(run.Inputs.Refreshed);
        Assert.Same(run.Inputs.Portfolio, run.Inputs.ExecutedOn);
        Assert.Contains(run.Header.Caveats, c => c.Contains("exited with code 7", StringComparison.Ordinal));
    }
}

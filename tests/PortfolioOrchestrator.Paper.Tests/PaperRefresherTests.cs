using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Refresh;
using PortfolioOrchestrator.Domain.Time;
using PortfolioOrchestrator.Testing.Refresh;
using static PortfolioOrchestrator.Paper.Tests.Support.Paper;

namespace PortfolioOrchestrator.Paper.Tests;

public sealed class PaperRefresherTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    private static readonly PortfolioSnapshot Current = new()
    {
        LastUpdated = Start.AddHours(-3),
        TotalValue = Money.FromDollars(200_000m),
        TotalCash = Money.FromDollars(40_000m),
    };

    [Fact]
    public async Task A_refresh_reports_the_venues_cash_at_once()
    {
        var clock = new SimulatedClock(Start);
        using var venue = await VenueAsync(openingCash: 40_000m, clock: clock);
        await venue.SubmitAsync(Buy("o-1", "MSFT", 5_000m), CancellationToken.None);

        var outcome = await new PaperRefresher(venue, clock).RefreshAsync(RefreshRequests.Of(RefreshScope.Quick, Current, Timeout), CancellationToken.None);

        Assert.Equal(RefreshOutcomeKind.Completed, outcome.Kind);
        Assert.Equal(Money.FromDollars(35_000m), outcome.Portfolio!.TotalCash);
        Assert.Equal(Current.TotalValue, outcome.Portfolio.TotalValue);
        Assert.Equal(TimeSpan.Zero, outcome.Elapsed);
        Assert.Equal(Start, clock.GetUtcNow());
    }

    [Fact]
    public async Task A_delay_within_the_timeout_completes_after_it()
    {
        var clock = new SimulatedClock(Start);
        using var venue = await VenueAsync("""{"refresh": {"delay_minutes": 7}}""", clock: clock);

        var outcome = await new PaperRefresher(venue, clock).RefreshAsync(RefreshRequests.Of(RefreshScope.Full, Current, Timeout), CancellationToken.None);

        Assert.Equal(RefreshOutcomeKind.Completed, outcome.Kind);
        Assert.Equal(TimeSpan.FromMinutes(7), outcome.Elapsed);
        Assert.Equal(Start.AddMinutes(7), clock.GetUtcNow());
    }

    [Fact]
    public async Task A_delay_of_exactly_the_timeout_completes()
    {
        var clock = new SimulatedClock(Start);
        using var venue = await VenueAsync("""{"refresh": {"delay_minutes": 10}}""", clock: clock);

        var outcome = await new PaperRefresher(venue, clock).RefreshAsync(RefreshRequests.Of(RefreshScope.Quick, Current, Timeout), CancellationToken.None);

        Assert.Equal(RefreshOutcomeKind.Completed, outcome.Kind);
    }

    [Fact]
    public async Task A_delay_beyond_the_timeout_is_pending_with_its_expected_total()
    {
        var clock = new SimulatedClock(Start);
        using var venue = await VenueAsync("""{"refresh": {"delay_minutes": 18}}""", clock: clock);

        var outcome = await new PaperRefresher(venue, clock).RefreshAsync(RefreshRequests.Of(RefreshScope.Quick, Current, Timeout), CancellationToken.None);

        Assert.Equal(RefreshOutcomeKind.Pending, outcome.Kind);
        Assert.Null(outcome.Portfolio);
        Assert.Equal(Timeout, outcome.Elapsed);
        Assert.Equal(TimeSpan.FromMinutes(18), outcome.ExpectedTotal);
        Assert.Equal(Start.Add(Timeout), clock.GetUtcNow());
        Assert.False(string.IsNullOrWhiteSpace(outcome.Detail));
    }

    [Fact]
    public async Task A_scripted_failure_fails_with_its_reason()
    {
        var clock = new SimulatedClock(Start);
        using var venue = await VenueAsync("""{"refresh": {"fail": "portfolio source offline"}}""", clock: clock);

        var outcome = await new PaperRefresher(venue, clock).RefreshAsync(RefreshRequests.Of(RefreshScope.Quick, Current, Timeout), CancellationToken.None);

        Assert.Equal(RefreshOutcomeKind.Failed, outcome.Kind);
        Assert.Equal("portfolio source offline", outcome.Detail);
    }

    [Fact]
    public async Task Without_a_venue_account_the_snapshot_comes_back_unchanged()
    {
        var clock = new SimulatedClock(Start);
        using var venue = PaperVenue.OpenInMemory(Script("{}"), clock);

        var outcome = await new PaperRefresher(venue, clock).RefreshAsync(RefreshRequests.Of(RefreshScope.Quick, Current, Timeout), CancellationToken.None);

        Assert.Equal(RefreshOutcomeKind.Completed, outcome.Kind);
        Assert.Same(Current, outcome.Portfolio);
    }
}

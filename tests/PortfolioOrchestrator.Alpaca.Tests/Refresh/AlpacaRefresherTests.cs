using Microsoft.Extensions.Time.Testing;
using PortfolioOrchestrator.Alpaca.Refresh;
using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Refresh;
using PortfolioOrchestrator.Testing.Alpaca;
using PortfolioOrchestrator.Testing.Refresh;

namespace PortfolioOrchestrator.Alpaca.Tests.Refresh;

public sealed class AlpacaRefresherTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly TimeSpan TenMinutes = TimeSpan.FromMinutes(10);
    private static readonly AccountId Taxable = AccountId.Create("TAXABLE-1");

    /// <summary>A clock that stands still, so the refresh's deadline never passes unless a test moves it.</summary>
    private FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 24, 15, 0, 0, TimeSpan.Zero));

    private static PortfolioSnapshot Written() => new()
    {
        LastUpdated = new DateTimeOffset(2026, 11, 24, 9, 40, 0, TimeSpan.FromHours(-5)),
        TotalValue = Money.FromDollars(126_000m),
        TotalCash = Money.FromDollars(45_000m),
        Accounts = [new AccountBalance(Taxable, "Taxable", Money.FromDollars(45_000m))],
        Positions =
        [
            new Position(Ticker.Create("AAPL"), Taxable, SectorName.Create("Technology"), 100m, Money.FromDollars(190m), Money.FromDollars(19_000m)),
            new Position(Ticker.Create("JNJ"), Taxable, SectorName.Create("Healthcare"), 400m, Money.FromDollars(155m), Money.FromDollars(62_000m)),
        ],
    };

    [Fact]
    public async Task A_quick_refresh_takes_cash_from_alpaca_and_keeps_the_positions()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.Cash = 40_000m;
        var refresher = new AlpacaRefresher(alpaca.Connection, Clock);

        var outcome = await refresher.RefreshAsync(RefreshRequests.Of(RefreshScope.Quick, Written(), TenMinutes), None);

        Assert.Equal(RefreshOutcomeKind.Completed, outcome.Kind);
        var portfolio = outcome.Portfolio!;
        Assert.Equal(Money.FromDollars(40_000m), portfolio.TotalCash);
        Assert.Equal(Money.FromDollars(121_000m), portfolio.TotalValue);
        Assert.Equal(Money.FromDollars(40_000m), Assert.Single(portfolio.Accounts).Cash);
        Assert.Equal(Written().Positions, portfolio.Positions);
        Assert.Equal(Clock.GetUtcNow(), portfolio.LastUpdated);
        Assert.Equal(0, alpaca.Server.RequestCount("GET", "/v2/positions"));
    }

    [Fact]
    public async Task A_full_refresh_replaces_market_values_of_held_tickers_and_keeps_their_sectors()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.Cash = 45_000m;
        alpaca.Server.SetSymbol("AAPL", new FakeSymbolBehaviour(200m));
        alpaca.Server.SetPosition("AAPL", 100m);
        var refresher = new AlpacaRefresher(alpaca.Connection, Clock);

        var outcome = await refresher.RefreshAsync(RefreshRequests.Of(RefreshScope.Full, Written(), TenMinutes), None);

        var portfolio = outcome.Portfolio!;
        var aapl = Assert.Single(portfolio.Positions, p => p.Ticker.Value == "AAPL");
        Assert.Equal((Money.FromDollars(20_000m), Money.FromDollars(200m), "Technology"), (aapl.MarketValue, aapl.Price, aapl.Sector.Value));
        var jnj = Assert.Single(portfolio.Positions, p => p.Ticker.Value == "JNJ");
        Assert.Equal(Money.FromDollars(62_000m), jnj.MarketValue);
        Assert.Contains(portfolio.Warnings, w => w.Contains("JNJ", StringComparison.Ordinal));
        Assert.Equal(Money.FromDollars(127_000m), portfolio.TotalValue);
    }

    [Fact]
    public async Task Section9_a_position_without_a_market_value_is_priced_from_current_price_times_quantity_with_a_warning()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.Cash = 45_000m;
        alpaca.Server.SetSymbol("AAPL", new FakeSymbolBehaviour(200.125m) { MarketValueUnknown = true });
        alpaca.Server.SetPosition("AAPL", 100m);
        alpaca.Server.SetSymbol("JNJ", new FakeSymbolBehaviour(150m) { MarketValueUnknown = true });
        alpaca.Server.SetPosition("JNJ", 400m);
        var refresher = new AlpacaRefresher(alpaca.Connection, Clock);

        var outcome = await refresher.RefreshAsync(RefreshRequests.Of(RefreshScope.Full, Written(), TenMinutes), None);

        Assert.Equal(RefreshOutcomeKind.Completed, outcome.Kind);
        var aapl = Assert.Single(outcome.Portfolio!.Positions, p => p.Ticker.Value == "AAPL");
        Assert.Equal((Money.FromDollars(20_012.50m), Money.FromDollars(200.125m)), (aapl.MarketValue, aapl.Price));
        Assert.Contains(outcome.Portfolio.Warnings, w => w.Contains("no market value for AAPL", StringComparison.Ordinal));
        Assert.Equal(Money.FromDollars(45_000m + 20_012.50m + 60_000m), outcome.Portfolio.TotalValue);
    }

    [Fact]
    public async Task Section9_a_position_alpaca_cannot_value_at_all_is_kept_as_portfolio_md_has_it_never_a_failed_refresh()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.Cash = 45_000m;
        alpaca.Server.SetSymbol("AAPL", new FakeSymbolBehaviour(200m) { MarketValueUnknown = true, CurrentPriceUnknown = true });
        alpaca.Server.SetPosition("AAPL", 100m);
        alpaca.Server.SetSymbol("NVDA", new FakeSymbolBehaviour(500m) { MarketValueUnknown = true, CurrentPriceUnknown = true });
        alpaca.Server.SetPosition("NVDA", 5m);
        var refresher = new AlpacaRefresher(alpaca.Connection, Clock);

        var outcome = await refresher.RefreshAsync(RefreshRequests.Of(RefreshScope.Full, Written(), TenMinutes), None);

        Assert.Equal(RefreshOutcomeKind.Completed, outcome.Kind);
        var aapl = Assert.Single(outcome.Portfolio!.Positions, p => p.Ticker.Value == "AAPL");
        Assert.Equal(Written().Positions[0], aapl);
        Assert.DoesNotContain(outcome.Portfolio.Positions, p => p.Ticker.Value == "NVDA");
        Assert.Contains(outcome.Portfolio.Warnings, w => w.Contains("AAPL; kept as PORTFOLIO.md has it", StringComparison.Ordinal));
        Assert.Contains(outcome.Portfolio.Warnings, w => w.Contains("NVDA", StringComparison.Ordinal) && w.Contains("not counted", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_ticker_only_alpaca_holds_is_added_as_unclassified_and_reported()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.SetPosition("NVDA", 5m);
        var refresher = new AlpacaRefresher(alpaca.Connection, Clock);

        var outcome = await refresher.RefreshAsync(RefreshRequests.Of(RefreshScope.Full, Written(), TenMinutes), None);

        var nvda = Assert.Single(outcome.Portfolio!.Positions, p => p.Ticker.Value == "NVDA");
        Assert.Equal("Unclassified", nvda.Sector.Value);
        Assert.Contains(outcome.Portfolio.Warnings, w => w.Contains("NVDA", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_refresh_still_outstanding_at_the_timeout_is_pending_without_an_estimate()
    {
        using var alpaca = new AlpacaHarness();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 15, 0, 0, TimeSpan.Zero));
        var refresher = new AlpacaRefresher(alpaca.Connection, clock);
        using var hold = alpaca.Server.Hold("GET", "/v2/account");

        var pending = refresher.RefreshAsync(RefreshRequests.Of(RefreshScope.Quick, Written(), TenMinutes), None);
        clock.Advance(TenMinutes);
        var outcome = await pending;

        Assert.Equal(RefreshOutcomeKind.Pending, outcome.Kind);
        Assert.Null(outcome.ExpectedTotal);
        Assert.Equal(TenMinutes, outcome.Elapsed);
        Assert.Null(outcome.Portfolio);
    }

    [Fact]
    public async Task A_refresh_alpaca_refuses_has_failed()
    {
        using var alpaca = new AlpacaHarness(secret: "wrong-secret");
        var refresher = new AlpacaRefresher(alpaca.Connection, Clock);

        var outcome = await refresher.RefreshAsync(RefreshRequests.Of(RefreshScope.Full, Written(), TenMinutes), None);

        Assert.Equal(RefreshOutcomeKind.Failed, outcome.Kind);
        Assert.Contains("not authorized", outcome.Detail);
    }
}

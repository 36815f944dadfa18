using PortfolioOrchestrator.Domain.Primitives;
using static PortfolioOrchestrator.Paper.Tests.Support.Paper;

namespace PortfolioOrchestrator.Paper.Tests;

/// <summary>CONTRACT Resolution 22: the paper venue's own price is its market price at submission.</summary>
public sealed class PaperMarketPriceTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Resolution22_the_scripts_price_is_the_paper_venues_market_price()
    {
        using var venue = await VenueAsync("""{"tickers": {"MSFT": {"price": 400}}}""");

        Assert.Equal(Money.FromDollars(400m), await venue.GetMarketPriceAsync(Ticker.Create("MSFT"), Money.FromDollars(410.25m), None));
    }

    [Fact]
    public async Task Resolution22_without_a_scripted_price_the_last_known_price_is_the_market_price()
    {
        using var venue = await VenueAsync("""{"tickers": {"MSFT": {"price": 400}}}""");

        Assert.Equal(Money.FromDollars(142.1m), await venue.GetMarketPriceAsync(Ticker.Create("AMD"), Money.FromDollars(142.1m), None));
        Assert.Null(await venue.GetMarketPriceAsync(Ticker.Create("AMD"), null, None));
    }
}

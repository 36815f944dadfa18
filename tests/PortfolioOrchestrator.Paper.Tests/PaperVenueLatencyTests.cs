using PortfolioOrchestrator.Domain.Primitives;
using static PortfolioOrchestrator.Paper.Tests.Support.Paper;

namespace PortfolioOrchestrator.Paper.Tests;

public sealed class PaperVenueLatencyTests
{
    [Fact]
    public async Task A_broker_call_waits_out_the_latency_and_can_be_canceled_during_it()
    {
        using var venue = await VenueAsync("""{"latency_ms": 60000}""");
        using var cancellation = new CancellationTokenSource();
        var call = venue.SubmitAsync(Buy("o-1", "MSFT", 100m), cancellation.Token);

        Assert.False(call.IsCompleted);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Empty(await venue.ListOrdersAsync());
    }

    [Fact]
    public async Task The_venues_own_listings_are_not_delayed()
    {
        using var venue = await VenueAsync("""{"latency_ms": 60000}""", openingCash: 10m);

        Assert.True(venue.ListOrdersAsync().IsCompleted);
        Assert.True(venue.ReadAccountAsync().IsCompleted);
        Assert.Equal(Money.FromDollars(10m), (await venue.ReadAccountAsync())!.Cash);
    }
}

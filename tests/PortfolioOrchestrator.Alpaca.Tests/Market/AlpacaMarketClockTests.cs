using PortfolioOrchestrator.Alpaca.Market;
using PortfolioOrchestrator.Testing.Alpaca;

namespace PortfolioOrchestrator.Alpaca.Tests.Market;

public sealed class AlpacaMarketClockTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task The_clock_says_whether_the_market_is_open_and_when_it_next_opens()
    {
        using var alpaca = new AlpacaHarness();
        var nextOpen = new DateTimeOffset(2026, 11, 27, 9, 30, 0, TimeSpan.FromHours(-5));
        alpaca.Server.Clock = new FakeMarketClock(nextOpen.AddHours(-14), false, nextOpen, nextOpen.AddHours(3.5));

        var answer = await new AlpacaMarketClock(alpaca.Connection).GetStatusAsync(None);

        Assert.NotNull(answer.Value);
        Assert.False(answer.Value!.IsOpen);
        Assert.Equal(nextOpen, answer.Value.NextOpen);
    }

    [Fact]
    public async Task An_unreachable_clock_is_unknown_not_open()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.FailNext(100, 500, "GET", "/v2/clock");

        var answer = await new AlpacaMarketClock(alpaca.Connection).GetStatusAsync(None);

        Assert.Null(answer.Value);
        Assert.Contains("market clock", answer.Error);
    }
}

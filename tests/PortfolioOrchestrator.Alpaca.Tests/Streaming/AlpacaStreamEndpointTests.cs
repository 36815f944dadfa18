using PortfolioOrchestrator.Alpaca.Configuration;
using PortfolioOrchestrator.Alpaca.Streaming;

namespace PortfolioOrchestrator.Alpaca.Tests.Streaming;

public sealed class AlpacaStreamEndpointTests
{
    [Theory]
    [InlineData("https://paper-api.alpaca.markets/", "wss://paper-api.alpaca.markets/stream")]
    [InlineData("https://api.alpaca.markets/", "wss://api.alpaca.markets/stream")]
    [InlineData("http://127.0.0.1:5123/", "ws://127.0.0.1:5123/stream")]
    [InlineData("https://broker.example.com/alpaca/", "wss://broker.example.com/alpaca/stream")]
    public void The_stream_is_the_base_urls_host_under_stream_as_alpacas_sdks_derive_it(string baseUrl, string expected)
    {
        Assert.Equal(new Uri(expected), AlpacaStreamEndpoint.For(new Uri(baseUrl)));
    }

    [Fact]
    public void The_default_paper_endpoint_streams_from_alpacas_documented_address()
    {
        Assert.Equal("wss://paper-api.alpaca.markets/stream", AlpacaStreamEndpoint.For(AlpacaEndpoints.Paper).AbsoluteUri);
    }
}

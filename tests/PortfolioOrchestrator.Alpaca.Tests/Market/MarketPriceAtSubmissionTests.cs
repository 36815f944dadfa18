using System.Net;
using System.Net.Sockets;
using PortfolioOrchestrator.Alpaca.Configuration;
using PortfolioOrchestrator.Alpaca.Http;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Testing.Alpaca;

namespace PortfolioOrchestrator.Alpaca.Tests.Market;

/// <summary>
/// CONTRACT Resolution 22 and §9: the market price at submission is the latest trade of Alpaca's market data
/// API at <c>APCA_API_DATA_URL</c>, with the same keys; anything else is null, never a failure. Over real HTTP.
/// </summary>
public sealed class MarketPriceAtSubmissionTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly Ticker Msft = Ticker.Create("MSFT");

    [Fact]
    public async Task Resolution22_the_latest_trade_is_the_market_price_at_submission()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.SetSymbol("MSFT", new FakeSymbolBehaviour(411.37m));

        var price = await Broker(alpaca, alpaca.Server.BaseUrl).GetMarketPriceAsync(Msft, Money.FromDollars(410.25m), None);

        Assert.Equal(Money.FromDollars(411.37m), price);
        var request = Assert.Single(alpaca.Server.Requests, r => r.Path == "/v2/stocks/MSFT/trades/latest");
        Assert.Equal("GET", request.Method);
    }

    [Fact]
    public async Task Resolution22_a_symbol_the_data_api_has_no_trade_for_is_null()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.SetSymbol("MSFT", new FakeSymbolBehaviour(411.37m) { HasLatestTrade = false });

        Assert.Null(await Broker(alpaca, alpaca.Server.BaseUrl).GetMarketPriceAsync(Msft, null, None));
    }

    [Fact]
    public async Task Resolution22_refused_keys_are_null_never_a_failure()
    {
        using var alpaca = new AlpacaHarness(secret: "not-the-secret-at-all-0000000");

        Assert.Null(await Broker(alpaca, alpaca.Server.BaseUrl).GetMarketPriceAsync(Msft, null, None));
    }

    [Fact]
    public async Task Resolution22_an_unreachable_data_api_is_null_and_asked_once()
    {
        using var alpaca = new AlpacaHarness();
        var closed = ClosedPort();

        Assert.Null(await Broker(alpaca, closed).GetMarketPriceAsync(Msft, null, None));
    }

    [Fact]
    public async Task Resolution22_a_data_api_that_does_not_answer_is_null_after_the_short_timeout()
    {
        using var alpaca = new AlpacaHarness();
        using var held = alpaca.Server.Hold("GET", "/v2/stocks/MSFT/trades/latest");

        var price = await Broker(alpaca, alpaca.Server.BaseUrl, TimeSpan.FromMilliseconds(200)).GetMarketPriceAsync(Msft, null, None);

        Assert.Null(price);
        Assert.Single(alpaca.Server.Requests, r => r.Path == "/v2/stocks/MSFT/trades/latest");
    }

    [Fact]
    public async Task Resolution22_a_server_error_is_null_and_not_retried()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.FailNext(5, 503, "GET", "/v2/stocks/MSFT/trades/latest");

        Assert.Null(await Broker(alpaca, alpaca.Server.BaseUrl).GetMarketPriceAsync(Msft, null, None));
        Assert.Equal(1, alpaca.Server.RequestCount("GET", "/v2/stocks/MSFT/trades/latest"));
    }

    [Fact]
    public void Section9_APCA_API_DATA_URL_defaults_to_alpacas_data_endpoint_and_may_point_elsewhere()
    {
        var env = new Dictionary<string, string?> { ["APCA_API_KEY_ID"] = "PK1", ["APCA_API_SECRET_KEY"] = "s" };
        Assert.Equal(new Uri("https://data.alpaca.markets/"), AlpacaOptions.FromEnvironment(env, live: false).Options!.DataUrl);

        env["APCA_API_DATA_URL"] = "http://127.0.0.1:5555/v2";
        Assert.Equal(new Uri("http://127.0.0.1:5555/"), AlpacaOptions.FromEnvironment(env, live: false).Options!.DataUrl);

        env["APCA_API_DATA_URL"] = "http://data.example.com";
        Assert.Contains("APCA_API_DATA_URL must use https", AlpacaOptions.FromEnvironment(env, live: false).Error, StringComparison.Ordinal);
    }

    private static AlpacaBroker Broker(AlpacaHarness alpaca, Uri dataUrl, TimeSpan? timeout = null)
    {
        var options = new AlpacaOptions(alpaca.Options.KeyId, alpaca.Options.SecretKey, alpaca.Options.BaseUrl, dataUrl);
        var settings = new AlpacaHttpSettings { MarketDataTimeout = timeout ?? TimeSpan.FromSeconds(3) };
        return new AlpacaBroker(new AlpacaConnection(options, alpaca.Http, alpaca.Time, settings));
    }

    private static Uri ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }
}

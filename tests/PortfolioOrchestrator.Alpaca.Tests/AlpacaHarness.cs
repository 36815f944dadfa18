using PortfolioOrchestrator.Alpaca.Configuration;
using PortfolioOrchestrator.Alpaca.Http;
using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Testing.Alpaca;

namespace PortfolioOrchestrator.Alpaca.Tests;

/// <summary>A fake Alpaca server and an adapter pointed at it, with instant backoff.</summary>
internal sealed class AlpacaHarness : IDisposable
{
    public const string KeyId = "PKTESTKEYID7Q2W9E4R";

    public const string Secret = "tEsTsEcReT9x8c7v6b5n4m3l2k1j0h";

    private readonly HttpClient _http = new();

    public AlpacaHarness(TimeSpan? requestTimeout = null, string? secret = null, TimeSpan? submitRetryWindow = null)
    {
        Server = FakeAlpacaServer.Start(KeyId, Secret, Time);
        Options = new AlpacaOptions(KeyId, secret ?? Secret, Server.BaseUrl);
        Connection = new AlpacaConnection(Options, _http, Time, new AlpacaHttpSettings
        {
            RequestTimeout = requestTimeout ?? TimeSpan.FromSeconds(5),
            SubmitRetryWindow = submitRetryWindow ?? TimeSpan.FromMinutes(2),
        });
        Broker = new AlpacaBroker(Connection);
    }

    public FakeAlpacaServer Server { get; }

    /// <summary>The HTTP client the adapter sends with, for a second connection to the same fake.</summary>
    public HttpClient Http => _http;

    /// <summary>The adapter's clock and the fake's, so rate-limit resets and expiries agree.</summary>
    public InstantTimeProvider Time { get; } = new();

    public AlpacaOptions Options { get; }

    public AlpacaConnection Connection { get; }

    public AlpacaBroker Broker { get; }

    public static OrderRequest Buy(string ticker, decimal dollars, string trade = "T-001", decimal referencePrice = 100m) => new(
        ClientOrderId.ForEntry("QA-2026-11-24-001", TradeId.Create(trade), 1),
        Ticker.Create(ticker),
        OrderSide.Buy,
        AccountId.Create("TAXABLE-1"),
        Money.FromDollars(dollars),
        Money.FromDollars(referencePrice));

    public static OrderRequest Sell(string ticker, decimal dollars, string trade = "T-002") => Buy(ticker, dollars, trade) with { Side = OrderSide.Sell };

    public void Dispose()
    {
        Server.Dispose();
        _http.Dispose();
    }
}

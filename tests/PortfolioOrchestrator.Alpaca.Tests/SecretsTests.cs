using PortfolioOrchestrator.Alpaca.Configuration;
using PortfolioOrchestrator.Alpaca.Http;
using PortfolioOrchestrator.Alpaca.Market;
using PortfolioOrchestrator.Alpaca.Refresh;
using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.QualityAssurance;
using PortfolioOrchestrator.Domain.Refresh;
using PortfolioOrchestrator.Testing.Alpaca;
using PortfolioOrchestrator.Testing.Refresh;

namespace PortfolioOrchestrator.Alpaca.Tests;

public sealed class SecretsTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task No_result_message_or_exception_carries_a_key()
    {
        var texts = new List<string>();
        using (var alpaca = new AlpacaHarness(requestTimeout: TimeSpan.FromMilliseconds(300)))
        {
            await Exercise(alpaca, texts);
        }

        using (var refused = new AlpacaHarness(secret: AlpacaHarness.Secret + "-wrong"))
        {
            await Exercise(refused, texts);
        }

        using (var http = new HttpClient())
        {
            // Nothing listens here: connection failures carry the runtime's own words.
            var options = new AlpacaOptions(AlpacaHarness.KeyId, AlpacaHarness.Secret, new Uri("http://127.0.0.1:9/"));
            var broker = new AlpacaBroker(new AlpacaConnection(options, http, new InstantTimeProvider()));
            texts.Add(Describe(await broker.SubmitAsync(AlpacaHarness.Buy("MSFT", 100m), None)));
            texts.Add(Describe(await broker.GetOrderAsync(ClientOrderId.Create("po-x-a1"), None)));
            texts.Add(options.ToString());
        }

        Assert.NotEmpty(texts);
        foreach (var text in texts)
        {
            Assert.DoesNotContain(AlpacaHarness.KeyId, text, StringComparison.Ordinal);
            Assert.DoesNotContain(AlpacaHarness.Secret, text, StringComparison.Ordinal);
        }
    }

    private static async Task Exercise(AlpacaHarness alpaca, List<string> texts)
    {
        var broker = alpaca.Broker;
        alpaca.Server.Cash = 1_000m;
        alpaca.Server.SetSymbol("XYZ", new FakeSymbolBehaviour(10m, FakeFillMode.Reject));
        texts.Add(Describe(await broker.SubmitAsync(AlpacaHarness.Buy("MSFT", 500m, "T-1"), None)));
        texts.Add(Describe(await broker.SubmitAsync(AlpacaHarness.Buy("MSFT", 50_000m, "T-2"), None)));
        texts.Add(Describe(await broker.SubmitAsync(AlpacaHarness.Buy("XYZ", 100m, "T-3"), None)));
        alpaca.Server.DropNextOrderResponses();
        texts.Add(Describe(await broker.SubmitAsync(AlpacaHarness.Buy("MSFT", 100m, "T-4"), None)));
        alpaca.Server.FailNext(1, 500, "POST");
        texts.Add(Describe(await broker.SubmitAsync(AlpacaHarness.Buy("MSFT", 100m, "T-5"), None)));
        using (alpaca.Server.Hold("POST", "/v2/orders"))
        {
            texts.Add(Describe(await broker.SubmitAsync(AlpacaHarness.Buy("MSFT", 100m, "T-6"), None)));
        }

        alpaca.Server.FailNext(100, 503, "GET");
        texts.Add(Describe(await broker.GetOrderAsync(AlpacaHarness.Buy("MSFT", 1m, "T-1").ClientOrderId, None)));
        texts.Add(Describe(await broker.CancelAsync(AlpacaHarness.Buy("MSFT", 1m, "T-1").ClientOrderId, None)));
        texts.Add((await new AlpacaMarketClock(alpaca.Connection).GetStatusAsync(None)).ToString());
        texts.Add((await new AlpacaRefresher(alpaca.Connection, new Microsoft.Extensions.Time.Testing.FakeTimeProvider()).RefreshAsync(RefreshRequests.Of(RefreshScope.Full, Snapshot(), TimeSpan.FromMinutes(10)), None)).ToString());
        alpaca.Server.FailNext(0, 503);
        alpaca.Server.SetPosition("MSFT", 3.5m);
        var protection = await broker.ProtectAsync(
            new ProtectionRequest(ClientOrderId.Create("po-p-a1"), Ticker.Create("MSFT"), AccountId.Create("A"), 3.5m, new StopLossSpec(Money.FromDollars(90m)), [new ProfitTargetSpec(Money.FromDollars(80m), 50m)]),
            None);
        texts.AddRange(protection.Unprotected);
        texts.AddRange(protection.Orders.Select(o => o.ToString()));
        texts.Add(Describe(await broker.GetOrderAsync(AlpacaHarness.Buy("MSFT", 1m, "T-1").ClientOrderId, None)));
        texts.Add((await broker.GetAccountAsync(None))?.ToString() ?? string.Empty);
        texts.Add(alpaca.Connection.ToString() ?? string.Empty);
    }

    private static Domain.Portfolio.PortfolioSnapshot Snapshot() => new()
    {
        LastUpdated = DateTimeOffset.UnixEpoch,
        TotalValue = Money.FromDollars(1000m),
        TotalCash = Money.FromDollars(1000m),
    };

    private static string Describe(OrderOutcome outcome) => outcome + " " + outcome.Reason + " " + outcome.Order;

    private static string Describe(OrderLookup lookup) => lookup + " " + lookup.Reason + " " + lookup.Order;
}

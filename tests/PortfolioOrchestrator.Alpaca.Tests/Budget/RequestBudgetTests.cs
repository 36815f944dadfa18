using PortfolioOrchestrator.Alpaca.Configuration;
using PortfolioOrchestrator.Alpaca.Http;
using PortfolioOrchestrator.Domain.Engine;
using PortfolioOrchestrator.Domain.Journal;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Domain.Time;
using PortfolioOrchestrator.Testing.Alpaca;
using PortfolioOrchestrator.Testing.Builders;
using PortfolioOrchestrator.Testing.Calendar;
using PortfolioOrchestrator.Testing.Engine;
using PortfolioOrchestrator.Testing.Refresh;

namespace PortfolioOrchestrator.Alpaca.Tests.Budget;

/// <summary>
/// The Trading API requests one protected buy costs (CONTRACT §9: 200 a minute per key), counted by the fake
/// per endpoint: the entry, one request per protective slice, at most one account read, nothing else.
/// </summary>
public sealed class RequestBudgetTests : IDisposable
{
    private const string ByClientId = "GET /v2/orders:by_client_order_id";
    private readonly AlpacaHarness _alpaca = new();
    private readonly SimulatedClock _clock = new(EngineHarness.DefaultNow);

    public RequestBudgetTests() => _alpaca.Server.SetSymbol("MSFT", new FakeSymbolBehaviour(410m));

    public void Dispose() => _alpaca.Dispose();

    [Fact]
    public async Task Resolution17_a_protected_buy_asks_nothing_before_its_first_send()
    {
        var run = await RunAsync(Broker());

        Assert.Equal(TradeStatus.Executed, run.Trade("T-001").Status);
        var requests = _alpaca.Server.Requests.Where(r => r.Path.StartsWith("/v2/orders", StringComparison.Ordinal)).ToList();
        Assert.Equal("POST", requests[0].Method);
        var counts = _alpaca.Server.RequestsByEndpoint();
        Assert.Equal(3, counts["POST /v2/orders"]);
        Assert.Equal(1, counts["GET /v2/account"]);
        Assert.Equal(1, counts["GET /v2/assets/{symbol}"]);

        // Without the stream the fill is known by polling: the fake fills on the first read.
        Assert.Equal(1, counts[ByClientId]);
        Assert.Equal(6, _alpaca.Server.TradingRequestCount);
    }

    private AlpacaBroker Broker()
    {
        var options = new AlpacaOptions(AlpacaHarness.KeyId, AlpacaHarness.Secret, _alpaca.Server.BaseUrl, _alpaca.Server.BaseUrl);
        return new AlpacaBroker(new AlpacaConnection(options, _alpaca.Http, _alpaca.Time, new AlpacaHttpSettings()));
    }

    private Task<RunSnapshot> RunAsync(AlpacaBroker broker)
    {
        var engine = new ExecutionEngine(new EngineServices(broker, new InMemoryJournal(), FixedRefresher.Completed(), new WeekdayCalendar(), _clock, _clock));
        return engine.StartAsync(EngineHarness.Request(new QaReportBuilder().Build()), CancellationToken.None);
    }
}

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
/// per endpoint. The trade is the contract's example: MSFT $5,000, a stop and two targets, so one entry and
/// two one-cancels-other slices. Budget: the entry, one request per slice, at most one account read, the
/// asset once per run, nothing else; market data is not counted.
/// </summary>
public sealed class RequestBudgetTests
{
    private const string ByClientId = "GET /v2/orders:by_client_order_id";
    private const string Submit = "POST /v2/orders";
    private const string Account = "GET /v2/account";
    private const string Asset = "GET /v2/assets/{symbol}";

    [Fact(Timeout = 30_000)]
    public async Task Section9_with_the_stream_a_protected_buy_with_two_targets_costs_one_entry_two_slices_and_one_account_read()
    {
        using var h = new StreamingHarness();
        await h.ListeningAsync();

        // The engine's poll waits never end by themselves here: the fill can only be known from the stream.
        h.Waiter = new NewsOnlyWaiter();
        var run = await h.RunAsync();

        var trade = run.Trade("T-001");
        Assert.Equal(TradeStatus.Executed, trade.Status);
        Assert.Equal(5_000m, trade.Fill!.FilledDollars.Dollars, 2);
        var counts = h.Server.RequestsByEndpoint();
        Assert.Equal(3, counts[Submit]);
        Assert.Equal(1, counts[Account]);
        Assert.Equal(1, counts[Asset]);
        Assert.False(counts.ContainsKey(ByClientId), $"{counts.GetValueOrDefault(ByClientId)} look-ups by client order id");
        Assert.Equal(5, h.Server.TradingRequestCount);
    }

    [Fact(Timeout = 30_000)]
    public async Task Section9_where_the_stream_is_refused_fills_are_polled_and_cost_one_look_up_each()
    {
        using var h = new StreamingHarness(server => server.StreamRefused = true);

        var run = await h.RunAsync();

        Assert.Equal(TradeStatus.Executed, run.Trade("T-001").Status);
        Assert.Equal(0, h.Server.StreamListeners);
        Assert.True(h.Server.RequestCount("GET", "/stream") >= 1);
        var counts = h.Server.RequestsByEndpoint();
        Assert.Equal(3, counts[Submit]);
        Assert.Equal(1, counts[Account]);

        // The fake fills on the first read: the first poll finds the fill.
        Assert.Equal(1, counts[ByClientId]);
    }

    [Fact(Timeout = 30_000)]
    public async Task Resolution12_a_stream_dropped_between_the_fill_and_its_event_loses_nothing_one_look_up_settles_it()
    {
        using var h = new StreamingHarness();
        await h.ListeningAsync();
        h.Server.DropStreamAtNextFill();

        var run = await h.RunAsync();

        var trade = run.Trade("T-001");
        Assert.Equal(TradeStatus.Executed, trade.Status);
        Assert.Equal(5_000m, trade.Fill!.FilledDollars.Dollars, 2);
        var entry = Assert.Single(h.Server.Orders, o => o.Type == "market");
        Assert.Equal(entry.FilledQty, trade.Fill.Quantity);
        Assert.Equal(1, h.Server.RequestsByEndpoint()[ByClientId]);

        // The stream is opened again (whether before or after that one look-up).
        await h.ListeningAsync();
        Assert.Equal(2, h.Server.RequestCount("GET", "/stream"));
        Assert.Equal(1, h.Server.RequestsByEndpoint()[ByClientId]);
    }

    [Fact]
    public async Task Resolution17_without_the_stream_a_protected_buy_asks_nothing_before_its_first_send()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.SetSymbol("MSFT", new FakeSymbolBehaviour(410m));
        var options = new AlpacaOptions(AlpacaHarness.KeyId, AlpacaHarness.Secret, alpaca.Server.BaseUrl, alpaca.Server.BaseUrl);
        var broker = new AlpacaBroker(new AlpacaConnection(options, alpaca.Http, alpaca.Time, new AlpacaHttpSettings()));
        var clock = new SimulatedClock(EngineHarness.DefaultNow);
        var engine = new ExecutionEngine(new EngineServices(broker, new InMemoryJournal(), FixedRefresher.Completed(), new WeekdayCalendar(), clock, clock));

        var run = await engine.StartAsync(EngineHarness.Request(new QaReportBuilder().Build()), CancellationToken.None);

        Assert.Equal(TradeStatus.Executed, run.Trade("T-001").Status);
        var orders = alpaca.Server.Requests.Where(r => r.Path.StartsWith("/v2/orders", StringComparison.Ordinal)).ToList();
        Assert.Equal("POST", orders[0].Method);
        var counts = alpaca.Server.RequestsByEndpoint();
        Assert.Equal(3, counts[Submit]);
        Assert.Equal(1, counts[Account]);
        Assert.Equal(1, counts[Asset]);

        // Without the stream the fill is known by polling: the fake fills on the first read.
        Assert.Equal(1, counts[ByClientId]);
        Assert.Equal(6, alpaca.Server.TradingRequestCount);
    }
}

using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Steps.Step4;
using PortfolioOrchestrator.Testing.Alpaca;

namespace PortfolioOrchestrator.Alpaca.Tests.Streaming;

/// <summary>The adapter on Alpaca's <c>trade_updates</c> stream, against the fake's <c>/stream</c>.</summary>
public sealed class TradeUpdatesStreamTests
{
    private const string ByClientId = "/v2/orders:by_client_order_id";
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact(Timeout = 30_000)]
    public async Task The_adapter_authenticates_and_listens_to_trade_updates_on_the_stream_the_base_url_names()
    {
        using var h = new StreamingHarness();

        await h.ListeningAsync();

        Assert.Equal(new Uri($"ws://127.0.0.1:{h.Server.BaseUrl.Port}/stream"), h.Broker.StreamUrl);
        Assert.Equal(1, h.Server.RequestCount("GET", "/stream"));
    }

    [Fact(Timeout = 30_000)]
    public async Task A_fill_is_known_from_its_event_and_the_look_up_that_follows_costs_no_request()
    {
        using var h = new StreamingHarness();
        await h.ListeningAsync();

        var order = await FilledAsync(h, (await h.Broker.SubmitAsync(AlpacaHarness.Buy("MSFT", 4_100m, referencePrice: 410m), None)).Order!);

        Assert.Equal(OrderStatus.Filled, order.Status);
        Assert.Equal(10m, order.FilledQuantity);
        Assert.Equal(0, h.Server.RequestCount("GET", ByClientId));
    }

    [Fact(Timeout = 30_000)]
    public async Task Resolution12_an_execution_delivered_twice_counts_once()
    {
        using var h = new StreamingHarness();
        await h.ListeningAsync();
        var order = await FilledAsync(h, (await h.Broker.SubmitAsync(AlpacaHarness.Buy("MSFT", 4_100m, referencePrice: 410m), None)).Order!);

        h.Server.RepeatLastStreamEvent();
        await h.Broker.WaitForNewsAsync(order.ClientOrderId, None).WaitAsync(TimeSpan.FromSeconds(5));
        var again = (await h.Broker.GetOrderAsync(order.ClientOrderId, None)).Order!;

        var execution = Assert.Single(again.Fills);
        Assert.Equal(10m, execution.Quantity);
        Assert.Equal(10m, FillReader.Read(again)!.Quantity);
        Assert.Equal(4_100m, FillReader.Read(again)!.FilledDollars.Dollars);
    }

    [Fact(Timeout = 30_000)]
    public async Task Resolution12_a_part_fill_and_its_rest_arrive_as_two_executions_that_add_up_to_what_alpaca_says_filled()
    {
        using var h = new StreamingHarness(server => server.SetSymbol("MSFT", new FakeSymbolBehaviour(410m, FakeFillMode.Progressive)));
        await h.ListeningAsync();

        var order = await FilledAsync(h, (await h.Broker.SubmitAsync(AlpacaHarness.Buy("MSFT", 4_100m, referencePrice: 410m), None)).Order!);

        Assert.Equal(2, order.Fills.Count);
        Assert.Equal([5m, 5m], order.Fills.Select(f => f.Quantity));
        Assert.Equal(2, order.Fills.Select(f => f.ExecutionId).Distinct().Count());
        Assert.Equal(order.FilledQuantity, order.Fills.Sum(f => f.Quantity));
        Assert.Equal(0, h.Server.RequestCount("GET", ByClientId));
    }

    [Fact(Timeout = 30_000)]
    public async Task After_a_drop_the_stream_is_opened_again_and_each_open_order_is_read_once_before_the_stream_answers_again()
    {
        using var h = new StreamingHarness(server => server.SetSymbol("MSFT", new FakeSymbolBehaviour(410m, FakeFillMode.Never)));
        await h.ListeningAsync();
        var order = (await h.Broker.SubmitAsync(AlpacaHarness.Buy("MSFT", 4_100m, referencePrice: 410m), None)).Order!;

        h.Server.DropStream();
        await h.Broker.WaitForNewsAsync(order.ClientOrderId, None).WaitAsync(TimeSpan.FromSeconds(5));
        await h.ListeningAsync();
        var reconciled = await h.Broker.GetOrderAsync(order.ClientOrderId, None);
        var fromStream = await h.Broker.GetOrderAsync(order.ClientOrderId, None);

        Assert.Equal(OrderLookupKind.Found, reconciled.Kind);
        Assert.Equal(OrderLookupKind.Found, fromStream.Kind);
        Assert.Equal(2, h.Server.RequestCount("GET", "/stream"));
        Assert.Equal(1, h.Server.RequestCount("GET", ByClientId));
    }

    [Fact(Timeout = 30_000)]
    public async Task A_look_up_that_fails_takes_the_news_so_the_fill_monitor_waits_before_asking_again()
    {
        using var h = new StreamingHarness(server => server.SetSymbol("MSFT", new FakeSymbolBehaviour(410m, FakeFillMode.Never)));
        await h.ListeningAsync();
        var order = (await h.Broker.SubmitAsync(AlpacaHarness.Buy("MSFT", 4_100m, referencePrice: 410m), None)).Order!;
        await EventsSentAsync(h, 1);
        await h.Broker.GetOrderAsync(order.ClientOrderId, None);
        h.Server.DropStream();
        await ReconnectedAsync(h);
        await h.Broker.WaitForNewsAsync(order.ClientOrderId, None).WaitAsync(TimeSpan.FromSeconds(5));
        h.Server.FailNext(100, 503, "GET", ByClientId);

        var lookup = await h.Broker.GetOrderAsync(order.ClientOrderId, None);

        Assert.Equal(OrderLookupKind.Unresolved, lookup.Kind);
        Assert.False(h.Broker.WaitForNewsAsync(order.ClientOrderId, None).IsCompleted, "the news was left for another look-up at once");
    }

    [Fact(Timeout = 30_000)]
    public async Task An_order_with_legs_is_always_read_over_rest()
    {
        using var h = new StreamingHarness();
        await h.ListeningAsync();
        h.Server.SetPosition("MSFT", 10m);
        var entry = ClientOrderId.ForEntry("QA-2026-11-24-001", TradeId.Create("T-001"), 1);
        var protection = await h.Broker.ProtectAsync(
            new ProtectionRequest(entry, Ticker.Create("MSFT"), AccountId.Create("TAXABLE-1"), 10m, new Domain.QualityAssurance.StopLossSpec(Money.FromDollars(380m)), [new Domain.QualityAssurance.ProfitTargetSpec(Money.FromDollars(450m), 100m)]),
            None);
        var pair = protection.Orders[0].ClientOrderId;

        await h.Broker.GetOrderAsync(pair, None);
        await h.Broker.GetOrderAsync(pair, None);

        Assert.Equal(2, h.Server.RequestCount("GET", ByClientId));
    }

    private static async Task EventsSentAsync(StreamingHarness h, int events)
    {
        for (var i = 0; i < 500 && h.Server.StreamEventsSent < events; i++)
        {
            await Task.Delay(10);
        }
    }

    private static async Task ReconnectedAsync(StreamingHarness h)
    {
        // The adapter, not only the server, must be listening on the new connection: its reconnect makes every open order news.
        for (var i = 0; i < 500 && (h.Server.RequestCount("GET", "/stream") < 2 || h.Server.StreamListeners < 1 || h.Broker.StreamListeningEpoch < 2); i++)
        {
            await Task.Delay(10);
        }
    }

    /// <summary>Waits on the adapter's news (at most 5 s each) and reads the order until Alpaca says it is final.</summary>
    private static async Task<BrokerOrder> FilledAsync(StreamingHarness h, BrokerOrder order)
    {
        for (var i = 0; i < 20 && !order.Status.IsFinal(); i++)
        {
            await h.Broker.WaitForNewsAsync(order.ClientOrderId, None).WaitAsync(TimeSpan.FromSeconds(5));
            order = (await h.Broker.GetOrderAsync(order.ClientOrderId, None)).Order!;
        }

        return order;
    }
}

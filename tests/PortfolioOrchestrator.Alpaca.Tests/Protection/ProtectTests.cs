using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.QualityAssurance;

namespace PortfolioOrchestrator.Alpaca.Tests.Protection;

public sealed class ProtectTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly ClientOrderId Entry = ClientOrderId.ForEntry("QA-2026-11-24-001", TradeId.Create("T-001"), 1);

    private static ProtectionRequest Request(decimal shares, decimal? stop, params (decimal Price, decimal Percent)[] targets) => new(
        Entry,
        Ticker.Create("MSFT"),
        AccountId.Create("TAXABLE-1"),
        shares,
        stop is { } s ? new StopLossSpec(Money.FromDollars(s)) : null,
        [.. targets.Select(t => new ProfitTargetSpec(Money.FromDollars(t.Price), t.Percent))]);

    [Fact]
    public async Task Each_target_slice_is_one_whole_share_OCO_pair_and_the_fraction_is_reported()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.SetPosition("MSFT", 12.19m);

        var outcome = await alpaca.Broker.ProtectAsync(Request(12.19m, 380m, (450m, 50m), (480m, 50m)), None);

        var parents = alpaca.Server.Orders.Where(o => o.ParentId is null).ToList();
        Assert.Equal(2, parents.Count);
        Assert.All(parents, o =>
        {
            Assert.Equal("oco", o.OrderClass);
            Assert.Equal("gtc", o.TimeInForce);
            Assert.Equal("sell", o.Side);
            Assert.Equal(6m, o.Qty);
        });
        Assert.Equal([Entry.WithSuffix("oco1").Value, Entry.WithSuffix("oco2").Value], parents.Select(o => o.ClientOrderId));
        Assert.Equal([450m, 480m], parents.Select(o => o.LimitPrice!.Value));
        Assert.All(alpaca.Server.Orders.Where(o => o.ParentId is not null), leg => Assert.Equal(380m, leg.StopPrice));

        Assert.Equal(4, outcome.Orders.Count);
        Assert.Equal(2, outcome.Orders.Count(o => o.Type == OrderType.Stop));
        Assert.All(outcome.Orders, o => Assert.NotNull(o.LinkGroup));
        var unprotected = Assert.Single(outcome.Unprotected);
        Assert.Contains("0.19 of a share of MSFT", unprotected);
    }

    [Fact]
    public async Task Section9_gtc_protective_orders_carry_alpacas_expires_at()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.SetPosition("MSFT", 12m);

        var outcome = await alpaca.Broker.ProtectAsync(Request(12m, 380m, (450m, 50m)), None);

        Assert.Equal(3, outcome.Orders.Count);
        Assert.All(outcome.Orders, order =>
        {
            var atAlpaca = alpaca.Server.Orders.Single(o => o.Id == order.BrokerOrderId);
            Assert.NotNull(atAlpaca.ExpiresAt);
            Assert.Equal(atAlpaca.ExpiresAt, order.ExpiresAt);
            Assert.True(order.ExpiresAt > alpaca.Time.GetUtcNow().AddDays(89));
        });
        var looked = await alpaca.Broker.GetOrderAsync(Entry.WithSuffix("sl"), None);
        Assert.Equal(alpaca.Server.Orders.Single(o => o.ClientOrderId == Entry.WithSuffix("sl").Value).ExpiresAt, looked.Order!.ExpiresAt);
    }

    [Fact]
    public async Task Shares_no_target_claims_get_a_plain_stop()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.SetPosition("MSFT", 10m);

        var outcome = await alpaca.Broker.ProtectAsync(Request(10m, 380m, (450m, 30m)), None);

        Assert.Empty(outcome.Unprotected);
        var oco = Assert.Single(alpaca.Server.Orders, o => o.ClientOrderId == Entry.WithSuffix("oco1").Value);
        var stop = Assert.Single(alpaca.Server.Orders, o => o.ClientOrderId == Entry.WithSuffix("sl").Value);
        Assert.Equal(3m, oco.Qty);
        Assert.Equal(("stop", 7m, 380m), (stop.Type, stop.Qty!.Value, stop.StopPrice!.Value));
    }

    [Fact]
    public async Task Protecting_twice_places_nothing_new_because_alpaca_refuses_the_ids_it_holds()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.SetPosition("MSFT", 10m);
        var request = Request(10m, 380m, (450m, 50m));

        var first = await alpaca.Broker.ProtectAsync(request, None);
        var second = await alpaca.Broker.ProtectAsync(request, None);

        Assert.Equal(2, alpaca.Server.Orders.Count(o => o.ParentId is null));
        Assert.Equal(2, alpaca.Server.RequestCount("GET", "/v2/orders:by_client_order_id"));
        Assert.Equal(first.Orders.Select(o => o.BrokerOrderId), second.Orders.Select(o => o.BrokerOrderId));
        Assert.Empty(second.Unprotected);
    }

    [Fact]
    public async Task A_stop_alpaca_refuses_is_reported_with_its_message()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.SetPosition("MSFT", 10m);

        // Shares already reserved by an earlier full-size stop cannot be covered again.
        await alpaca.Broker.ProtectAsync(Request(10m, 370m) with { EntryOrderId = Entry.WithSuffix("old") }, None);
        var outcome = await alpaca.Broker.ProtectAsync(Request(10m, 380m), None);

        Assert.Empty(outcome.Orders);
        var line = Assert.Single(outcome.Unprotected);
        Assert.Contains("insufficient qty available for order", line);
        Assert.Contains("not protected", line);
    }

    [Fact]
    public async Task An_OCO_with_its_target_below_its_stop_is_refused_and_reported()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.SetPosition("MSFT", 10m);

        var outcome = await alpaca.Broker.ProtectAsync(Request(10m, 380m, (370m, 100m)), None);

        var line = Assert.Single(outcome.Unprotected);
        Assert.Contains("oco1", line);
        Assert.Contains("stop_loss.stop_price", line);
    }

    [Fact]
    public async Task Less_than_one_share_gets_no_order_and_says_so()
    {
        using var alpaca = new AlpacaHarness();
        alpaca.Server.SetPosition("MSFT", 0.4m);

        var outcome = await alpaca.Broker.ProtectAsync(Request(0.4m, 380m, (450m, 100m)), None);

        Assert.Empty(outcome.Orders);
        Assert.Equal(0, alpaca.Server.RequestCount("POST", "/v2/orders"));
        Assert.Contains(outcome.Unprotected, line => line.Contains("0.4 of a share", StringComparison.Ordinal));
    }
}

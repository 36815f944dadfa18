using System.Text.Json;
using PortfolioOrchestrator.Testing.Alpaca;

namespace PortfolioOrchestrator.Cli.Tests;

/// <summary>
/// `po run --broker alpaca` end to end against the protocol-level fake of Alpaca's Trading API, checked
/// through the same contract outputs as the paper scenarios. The fake answers as Alpaca does: an order is
/// accepted and fills on the fill monitor's next poll, so the real-time monitoring stays within a second or two.
/// </summary>
public sealed class AlpacaScenarioTests : IDisposable
{
    private readonly PoHarness _po = new();
    private readonly FakeAlpacaServer _alpaca = AlpacaSample.StartFake();

    public AlpacaScenarioTests() => AlpacaSample.Point(_po, _alpaca);

    public void Dispose()
    {
        _alpaca.Dispose();
        _po.Dispose();
    }

    private PoResult RunSample(params string[] extra) => _po.Run([.. AlpacaSample.RunArguments(_po), .. extra]);

    [Fact]
    public void Sample_run_completes_in_approval_order_with_one_order_per_client_order_id()
    {
        var result = RunSample();

        Assert.True(result.ExitCode == 0, result.ToString());
        var report = result.Json;
        Assert.Equal("COMPLETED", report.GetProperty("status").GetString());
        Assert.Equal("COMPLETED", report.GetProperty("refresh").GetString());
        Assert.Equal(["T-003", "T-001", "T-002", "T-005", "T-004"], AlpacaSample.TradeIds(report));
        Assert.Equal("NOT_APPROVED", AlpacaSample.Trade(report, "T-004").GetProperty("status").GetString());
        foreach (var id in new[] { "T-003", "T-001", "T-002", "T-005" })
        {
            var trade = AlpacaSample.Trade(report, id);
            Assert.Equal("EXECUTED", trade.GetProperty("status").GetString());
            Assert.Single(_alpaca.Orders, o => o.ClientOrderId == trade.GetProperty("client_order_id").GetString());
        }

        var entries = _alpaca.Orders.Where(o => o.Type == "market").ToList();
        Assert.Equal(["XOM", "MSFT", "AMD", "JNJ"], entries.Select(o => o.Symbol));
        Assert.Equal(_alpaca.Orders.Count, _alpaca.Orders.Select(o => o.ClientOrderId).Distinct().Count());
        Assert.Equal(5000m, AlpacaSample.Trade(report, "T-001").GetProperty("filled_dollars").GetDecimal(), 2);
    }

    [Fact]
    public void Section9_the_sample_knows_its_fills_from_the_trade_updates_stream_and_looks_nothing_up()
    {
        var result = RunSample();

        Assert.True(result.ExitCode == 0, result.ToString());
        var counts = _alpaca.RequestsByEndpoint();
        Assert.Equal(1, counts["GET /stream"]);
        Assert.False(counts.ContainsKey("GET /v2/orders:by_client_order_id"), $"{counts.GetValueOrDefault("GET /v2/orders:by_client_order_id")} look-ups by client order id");

        // One request per order placed (entries and protective slices), and at most one account read per in-loop check.
        Assert.Equal(_alpaca.Orders.Count(o => o.ParentId is null), counts["POST /v2/orders"]);
        var checks = AlpacaSample.TradeIds(result.Json).Count(id => AlpacaSample.Trade(result.Json, id!).GetProperty("status").GetString() == "EXECUTED");
        Assert.True(counts["GET /v2/account"] <= checks + 1, $"{counts["GET /v2/account"]} account reads for {checks} in-loop checks and the refresh");
    }

    [Fact]
    public void Sample_orders_are_day_market_orders_by_notional_and_the_fake_holds_the_fills()
    {
        RunSample();

        Assert.All(_alpaca.Orders.Where(o => o.Type == "market"), o =>
        {
            Assert.Equal("day", o.TimeInForce);
            Assert.NotNull(o.Notional);
            Assert.Equal("filled", o.Status);
        });
        Assert.Equal(500m - (4000m / 112m), _alpaca.PositionOf("XOM"), 6);
        Assert.True(_alpaca.PositionOf("MSFT") > 12m);
    }

    [Fact]
    public void Buys_are_protected_by_oco_pairs_the_fake_accepts_and_sells_get_none()
    {
        var report = RunSample().Json;

        // MSFT: $5,000 at $410 is 12.19 shares; 12 whole shares in two OCO pairs of 6 (targets 50 % + 50 %).
        var msft = _alpaca.Orders.Where(o => o.Symbol == "MSFT" && o.Type != "market" && o.ParentId is null).ToList();
        Assert.Equal(2, msft.Count);
        Assert.All(msft, o =>
        {
            Assert.Equal("oco", o.OrderClass);
            Assert.Equal("gtc", o.TimeInForce);
            Assert.Equal(6m, o.Qty);
            Assert.Equal("new", o.Status);
        });
        Assert.Equal([450m, 480m], msft.Select(o => o.LimitPrice!.Value).Order());
        var stopLegs = _alpaca.Orders.Where(o => o.Symbol == "MSFT" && o.ParentId is not null).ToList();
        Assert.Equal(2, stopLegs.Count);
        Assert.All(stopLegs, o => Assert.Equal(380m, o.StopPrice));

        // JNJ has a stop and no target: a plain GTC stop for the whole shares.
        var jnj = Assert.Single(_alpaca.Orders, o => o.Symbol == "JNJ" && o.Type == "stop");
        Assert.Equal(145m, jnj.StopPrice);
        Assert.Equal(12m, jnj.Qty);

        Assert.DoesNotContain(_alpaca.Orders, o => o.Symbol == "XOM" && o.Type != "market");
        // The report names the pairs; the fractional remainder Alpaca cannot protect is said, not hidden.
        var t001 = AlpacaSample.Trade(report, "T-001");
        var clientOrderId = t001.GetProperty("client_order_id").GetString();
        Assert.Equal(
            [clientOrderId + "-oco1", clientOrderId + "-oco2"],
            t001.GetProperty("profit_target_orders").EnumerateArray().Select(o => o.GetProperty("client_order_id").GetString()));
        Assert.Equal(380m, t001.GetProperty("stop_loss_order").GetProperty("stop_price").GetDecimal());
        var extraStop = Assert.Single(t001.GetProperty("additional_stop_loss_orders").EnumerateArray());
        Assert.Equal(380m, extraStop.GetProperty("stop_price").GetDecimal());
        Assert.Equal(12m, t001.GetProperty("stop_loss_order").GetProperty("quantity").GetDecimal() + extraStop.GetProperty("quantity").GetDecimal());
        Assert.Contains("UNPROTECTED", t001.GetProperty("flags").EnumerateArray().Select(f => f.GetString()));
        Assert.Contains("fractional", Assert.Single(t001.GetProperty("unprotected").EnumerateArray()).GetString());
    }

    [Fact]
    public void A_rejected_order_is_execution_failed_with_alpacas_message_and_exit_3()
    {
        _alpaca.SetSymbol("MSFT", new FakeSymbolBehaviour(410m, FakeFillMode.Reject) { RejectMessage = "asset \"MSFT\" is not tradable" });

        var result = RunSample();

        Assert.True(result.ExitCode == 3, result.ToString());
        var report = result.Json;
        Assert.Equal("COMPLETED_WITH_ESCALATIONS", report.GetProperty("status").GetString());
        var trade = AlpacaSample.Trade(report, "T-001");
        Assert.Equal("EXECUTION_FAILED", trade.GetProperty("status").GetString());
        var escalation = Assert.Single(report.GetProperty("escalations").EnumerateArray());
        Assert.Equal("EXECUTION_FAILED", escalation.GetProperty("type").GetString());
        Assert.Contains("is not tradable", escalation.GetProperty("trigger").GetString());
        Assert.Equal(["T-001"], escalation.GetProperty("trade_ids").EnumerateArray().Select(t => t.GetString()));
        Assert.DoesNotContain(_alpaca.Orders, o => o.Symbol == "MSFT");
        Assert.Equal("EXECUTED", AlpacaSample.Trade(report, "T-002").GetProperty("status").GetString());
    }

    [Fact]
    public void An_order_accepted_then_rejected_is_execution_failed_too()
    {
        _alpaca.SetSymbol("JNJ", new FakeSymbolBehaviour(155m, FakeFillMode.RejectAfterAccept));

        var result = RunSample();

        Assert.True(result.ExitCode == 3, result.ToString());
        Assert.Equal("EXECUTION_FAILED", AlpacaSample.Trade(result.Json, "T-005").GetProperty("status").GetString());
        Assert.Single(_alpaca.Orders, o => o.Symbol == "JNJ");
    }

    [Fact]
    public void A_partial_fill_is_executed_for_what_filled_with_the_partial_fill_flag()
    {
        // Accepted, then 42.5 % filled, then 85 % with the rest canceled by the venue: two polls, 1.5 s of real waiting.
        _alpaca.SetSymbol("AMD", new FakeSymbolBehaviour(142.10m, FakeFillMode.Progressive) { FillRatio = 0.85m, CancelsRest = true });

        var result = RunSample();

        Assert.True(result.ExitCode == 0, result.ToString());
        var trade = AlpacaSample.Trade(result.Json, "T-002");
        Assert.Equal("EXECUTED", trade.GetProperty("status").GetString());
        Assert.Contains("PARTIAL_FILL", trade.GetProperty("flags").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(2550m, trade.GetProperty("filled_dollars").GetDecimal(), 2);

        // Protection covers the 17 whole shares that filled, in one OCO pair (one target of 100 %).
        var oco = Assert.Single(_alpaca.Orders, o => o.Symbol == "AMD" && o.OrderClass == "oco" && o.ParentId is null);
        Assert.Equal(17m, oco.Qty);
    }

    [Fact]
    public void Resolution17_a_dropped_answer_is_sent_again_under_the_same_id_and_alpaca_holds_one_order()
    {
        _alpaca.DropNextOrderResponses(1);

        var result = RunSample();

        Assert.True(result.ExitCode == 0, result.ToString());
        var report = result.Json;
        Assert.Equal("COMPLETED", report.GetProperty("status").GetString());
        var xom = AlpacaSample.Trade(report, "T-003");
        Assert.Equal("EXECUTED", xom.GetProperty("status").GetString());
        Assert.Single(_alpaca.Orders, o => o.Symbol == "XOM");
        Assert.Equal(_alpaca.Orders.Count, _alpaca.Orders.Select(o => o.ClientOrderId).Distinct().Count());

        // One extra POST, the same body under the same id, refused by Alpaca as in use and settled by a lookup.
        var xomPosts = _alpaca.Requests.Where(r => r.Method == "POST" && r.Body!.Contains(xom.GetProperty("client_order_id").GetString()!, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, xomPosts.Count);
        Assert.Equal(xomPosts[0].Body, xomPosts[1].Body);
    }

    [Fact]
    public void Resolution17_a_rate_limited_submit_is_sent_again_after_retry_after_and_the_trade_executes()
    {
        _alpaca.FailNext(1, 429, "POST", "/v2/orders", TimeSpan.FromSeconds(1));

        var result = RunSample();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("EXECUTED", AlpacaSample.Trade(result.Json, "T-003").GetProperty("status").GetString());
        Assert.Single(_alpaca.Orders, o => o.Symbol == "XOM");
    }

    [Fact]
    public void A_second_run_of_the_same_report_sends_nothing_new()
    {
        var first = RunSample().Json;
        var orders = _alpaca.Orders.Count;
        var posts = _alpaca.RequestCount("POST", "/v2/orders");

        var second = RunSample().Json;

        Assert.Equal(orders, _alpaca.Orders.Count);
        Assert.Equal(posts, _alpaca.RequestCount("POST", "/v2/orders"));
        Assert.Equal("ALREADY_EXECUTED", AlpacaSample.Trade(second, "T-001").GetProperty("status").GetString());
        Assert.NotEqual(first.GetProperty("run_id").GetString(), second.GetProperty("run_id").GetString());
    }

    [Fact]
    public void A_closed_market_is_refused_with_exit_2_and_nothing_is_sent()
    {
        var now = DateTimeOffset.UtcNow;
        _alpaca.Clock = new FakeMarketClock(now, false, new DateTimeOffset(2026, 11, 25, 14, 30, 0, TimeSpan.Zero), now.AddDays(1));

        var result = RunSample();

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("market is closed", result.Error);
        Assert.Contains("2026-11-25 09:30 New York time", result.Error);
        Assert.Contains("--queue-for-open", result.Error);
        Assert.Empty(_alpaca.Orders);
        Assert.Equal(0, _alpaca.RequestCount("POST", "/v2/orders"));
        Assert.Equal("[]", _po.Run("status", "--state", "state", "--json").Out.Trim());
    }

    [Fact]
    public void Queue_for_open_sends_the_orders_while_the_market_is_closed()
    {
        var now = DateTimeOffset.UtcNow;
        _alpaca.Clock = new FakeMarketClock(now, false, now.AddHours(10), now.AddHours(17));

        var result = RunSample("--queue-for-open");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("queued for the next open", result.Error);
        Assert.Equal(4, _alpaca.Orders.Count(o => o.Type == "market"));
    }

    [Fact]
    public void An_unreadable_market_clock_is_exit_1_and_nothing_is_sent()
    {
        _alpaca.FailNext(1, 400, "GET", "/v2/clock");

        var result = RunSample();

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("could not ask Alpaca whether the market is open", result.Error);
        Assert.Equal(0, _alpaca.RequestCount("POST", "/v2/orders"));
    }

    [Fact]
    public void Keys_alpaca_does_not_accept_are_exit_1_before_any_order()
    {
        _po.Variables["APCA_API_SECRET_KEY"] = "not-the-right-secret";

        var result = RunSample();

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("not authorized", result.Error);
        Assert.Equal(0, _alpaca.RequestCount("POST", "/v2/orders"));
    }

    [Theory]
    [InlineData("APCA_API_KEY_ID")]
    [InlineData("APCA_API_SECRET_KEY")]
    public void A_missing_key_is_exit_2_naming_the_variable_and_nothing_reaches_alpaca(string variable)
    {
        _po.Variables.Remove(variable);

        var result = RunSample();

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"missing: {variable}", result.Error);
        Assert.Empty(_alpaca.Requests);
    }

    [Fact]
    public void The_live_endpoint_without_live_is_exit_2_and_names_the_flag()
    {
        _po.Variables["APCA_API_BASE_URL"] = "https://api.alpaca.markets";

        var result = RunSample();

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("--live", result.Error);
        Assert.Contains("real money", result.Error);
    }

    [Fact]
    public void Live_and_queue_for_open_are_refused_with_the_paper_venue()
    {
        var args = AlpacaSample.RunArguments(_po).Select(a => a == "alpaca" ? "paper" : a).ToArray();

        Assert.Equal(2, _po.Run([.. args, "--live"]).ExitCode);
        Assert.Equal(2, _po.Run([.. args, "--queue-for-open"]).ExitCode);
    }

    [Fact]
    public void A_dry_run_with_alpaca_checks_the_keys_but_never_connects()
    {
        var result = RunSample("--dry-run");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(_alpaca.Requests);
        _po.Variables.Remove("APCA_API_KEY_ID");
        Assert.Equal(2, RunSample("--dry-run").ExitCode);
    }

    [Fact]
    public void The_journal_records_the_broker_as_alpaca_and_never_the_endpoint_or_keys()
    {
        var report = RunSample().Json;
        var runId = report.GetProperty("run_id").GetString()!;

        var status = _po.Run("status", runId, "--state", "state", "--json");

        Assert.Equal(0, status.ExitCode);
        Assert.Equal("alpaca", AlpacaSample.StoredBrokerSpec(Path.Combine(_po.Directory, "state"), runId));
    }
}

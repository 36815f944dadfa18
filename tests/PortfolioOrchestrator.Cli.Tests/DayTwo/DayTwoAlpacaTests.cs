using System.Text.Json;
using PortfolioOrchestrator.Testing.Alpaca;
using static PortfolioOrchestrator.Cli.Tests.DayTwo.DayTwo;

namespace PortfolioOrchestrator.Cli.Tests.DayTwo;

/// <summary>
/// CONTRACT Resolutions 15, 17 and 18 over two <c>po run --broker alpaca</c>s (real child processes) against
/// the fake Alpaca answering as Alpaca documents: its wash-trade and reserved-shares refusals, pending
/// cancels, held OCO legs, whole-share protection, 429s.
/// </summary>
public sealed class DayTwoAlpacaTests : IDisposable
{
    private readonly PoHarness _po = new();
    private readonly FakeAlpacaServer _alpaca = AlpacaSample.StartFake();

    public DayTwoAlpacaTests() => AlpacaSample.Point(_po, _alpaca);

    public void Dispose()
    {
        _alpaca.Dispose();
        _po.Dispose();
    }

    [Fact]
    public void Resolution15_a_second_buy_of_a_protected_ticker_is_not_refused_as_a_wash_trade_and_each_lot_is_protected_at_its_own_prices()
    {
        RunSample();
        var dayOne = OpenProtective("MSFT").Select(o => o.ClientOrderId).ToList();

        var second = RunDayTwo(Qa(new Trade("T-101", "MSFT", "BUY", 2_000m, 410.25m, Stop: 390m, Target: 460m)));

        var trade = TradeOf(second.Json, "T-101");
        Assert.Equal("EXECUTED", trade.GetProperty("status").GetString());
        Assert.All(dayOne, id => Assert.Equal("canceled", _alpaca.Orders.Single(o => o.ClientOrderId == id).Status));
        var stops = OpenProtective("MSFT").Where(o => o.Type == "stop").ToList();
        Assert.Equal(12m, stops.Where(o => o.StopPrice == 380m).Sum(o => o.Qty));
        Assert.Equal(decimal.Floor(trade.GetProperty("execution_quantity").GetDecimal()), stops.Where(o => o.StopPrice == 390m).Sum(o => o.Qty));
        AssertProtectedInWholeShares("MSFT");
    }

    [Fact]
    public void Resolution15_a_partial_sell_of_a_protected_position_finds_its_shares_available_and_protection_covers_what_is_held()
    {
        RunSample();

        var second = RunDayTwo(Qa(new Trade("T-101", "MSFT", "SELL", 2_000m, 410.25m)));

        Assert.Equal("EXECUTED", TradeOf(second.Json, "T-101").GetProperty("status").GetString());
        var held = _alpaca.PositionOf("MSFT");
        Assert.True(held is > 0m and < 12.19m, $"held {held}");
        Assert.Equal(decimal.Floor(held), OpenProtective("MSFT").Where(o => o.Type == "stop").Sum(o => o.Qty));
        AssertProtectedInWholeShares("MSFT");
    }

    [Fact]
    public void Resolution15_a_stop_hit_between_runs_is_taken_in_by_the_next_run()
    {
        RunSample();
        foreach (var stop in OpenProtective("MSFT").Where(o => o.Type == "stop").ToList())
        {
            _alpaca.FillProtective(stop.ClientOrderId, 371.20m);
        }

        var second = RunDayTwo(Qa(new Trade("T-101", "MSFT", "BUY", 2_000m, 410.25m, Stop: 350m, Target: 460m)));

        var trade = TradeOf(second.Json, "T-101");
        Assert.Equal("EXECUTED", trade.GetProperty("status").GetString());
        Assert.Contains(second.Json.GetProperty("caveats").EnumerateArray(), c => c.GetString()!.Contains("sold 12 shares", StringComparison.Ordinal));
        Assert.All(OpenProtective("MSFT").Where(o => o.Type == "stop"), o => Assert.Equal(350m, o.StopPrice));
        AssertProtectedInWholeShares("MSFT");
    }

    [Fact]
    public void Resolution18_a_cancel_that_races_a_fill_counts_the_fill_and_protection_covers_the_final_quantity()
    {
        RunSample();

        // Nothing filled when the no-fill window passes, so the entry is canceled (MSFT's protection was lifted for it);
        // the cancel is pending_cancel, and the order fills meanwhile.
        _alpaca.SetSymbol("MSFT", new FakeSymbolBehaviour(410m, FakeFillMode.Never) { FillsWhileCanceling = true });
        var policy = _po.Write("policy.json", """{"no_fill_minutes": 0.02}""");

        var second = RunDayTwo(Qa(new Trade("T-101", "MSFT", "BUY", 2_000m, 410.25m, Stop: 390m, Target: 460m)), "--policy", policy);

        var trade = TradeOf(second.Json, "T-101");
        Assert.Equal("EXECUTED", trade.GetProperty("status").GetString());
        var entry = _alpaca.Orders.Single(o => o.ClientOrderId == trade.GetProperty("client_order_id").GetString());
        Assert.Contains(_alpaca.Requests, r => r.Method == "DELETE" && r.Path.EndsWith(entry.Id, StringComparison.Ordinal));
        Assert.Equal(("filled", entry.FilledQty), (entry.Status, trade.GetProperty("execution_quantity").GetDecimal()));
        Assert.Equal(2_000m, trade.GetProperty("filled_dollars").GetDecimal(), 0);
        Assert.Equal(decimal.Floor(entry.FilledQty), OpenProtective("MSFT").Where(o => o.Type == "stop" && o.StopPrice == 390m).Sum(o => o.Qty));
        AssertProtectedInWholeShares("MSFT");
    }

    [Fact]
    public void Resolution17_a_rate_limited_day_two_submit_is_sent_again_under_the_same_id_after_retry_after()
    {
        RunSample();
        _alpaca.FailNext(1, 429, "POST", "/v2/orders", TimeSpan.FromSeconds(1));

        var second = RunDayTwo(Qa(new Trade("T-101", "MSFT", "BUY", 2_000m, 410.25m, Stop: 390m, Target: 460m)));

        var trade = TradeOf(second.Json, "T-101");
        Assert.Equal("EXECUTED", trade.GetProperty("status").GetString());
        var id = trade.GetProperty("client_order_id").GetString()!;
        Assert.Single(_alpaca.Orders, o => o.ClientOrderId == id);
        var posts = _alpaca.Requests.Where(r => r.Method == "POST" && r.Body!.Contains($"\"{id}\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, posts.Count);
        Assert.Equal(posts[0].Body, posts[1].Body);
        AssertProtectedInWholeShares("MSFT");
    }

    [Fact]
    public void Section9_a_not_fractionable_day_two_buy_is_whole_shares_the_rest_unspent_and_both_lots_protected()
    {
        RunSample();
        _alpaca.SetSymbol("MSFT", new FakeSymbolBehaviour(410m) { Fractionable = false });

        var second = RunDayTwo(Qa(new Trade("T-101", "MSFT", "BUY", 2_000m, 410.25m, Stop: 390m, Target: 460m)));

        var trade = TradeOf(second.Json, "T-101");
        Assert.Equal(("EXECUTED", 4m), (trade.GetProperty("status").GetString(), trade.GetProperty("execution_quantity").GetDecimal()));
        Assert.Contains(second.Json.GetProperty("caveats").EnumerateArray(), c => c.GetString()!.Contains("unspent", StringComparison.Ordinal));
        var stops = OpenProtective("MSFT").Where(o => o.Type == "stop").ToList();
        Assert.Equal((12m, 4m), (stops.Where(o => o.StopPrice == 380m).Sum(o => o.Qty)!.Value, stops.Where(o => o.StopPrice == 390m).Sum(o => o.Qty)!.Value));
        AssertProtectedInWholeShares("MSFT");
    }

    private void RunSample()
    {
        var result = _po.RunProcess(AlpacaSample.RunArguments(_po));
        Assert.True(result.ExitCode is 0 or 3, result.ToString());
    }

    private PoResult RunDayTwo(string qa, params string[] extra)
    {
        string[] args = ["run", "--portfolio", AlpacaSample.OneAccountPortfolio(_po), "--qa", _po.Write("qa-day-two.json", qa), "--broker", "alpaca", "--now", SecondRunAt, "--state", "state", "--json", .. extra];
        var result = _po.RunProcess(args);
        Assert.True(result.ExitCode is 0 or 3, result.ToString());
        return result;
    }

    private List<FakeAlpacaOrder> OpenProtective(string symbol) =>
        [.. _alpaca.Orders.Where(o => o.Symbol == symbol && o.Side == "sell" && o.Type != "market" && o.Status is not ("filled" or "canceled" or "expired" or "rejected" or "replaced"))];

    /// <summary>
    /// Never protected twice, never beyond what is held: each OCO pair (parent and held leg) once, and the shares
    /// under a stop are the whole shares of the lots (Alpaca protects whole shares only; a lot's fraction is reported).
    /// </summary>
    private void AssertProtectedInWholeShares(string symbol)
    {
        var open = OpenProtective(symbol);
        var covered = open.GroupBy(o => o.ParentId ?? o.Id).Sum(g => g.Max(o => o.Qty ?? 0m));
        var underStop = open.Where(o => o.Type == "stop").Sum(o => o.Qty ?? 0m);
        var held = _alpaca.PositionOf(symbol);
        Assert.Equal(covered, underStop);
        Assert.True(underStop <= held && underStop > held - 2m, $"{underStop} shares under a stop of {held} held");
    }
}

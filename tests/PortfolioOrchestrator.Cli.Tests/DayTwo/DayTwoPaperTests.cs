using System.Text.Json;
using static PortfolioOrchestrator.Cli.Tests.DayTwo.DayTwo;

namespace PortfolioOrchestrator.Cli.Tests.DayTwo;

/// <summary>
/// CONTRACT Resolution 15 over two <c>po run</c>s on the paper venue, as real child processes: the sample
/// first, then a report of its own on the tickers the sample protected.
/// </summary>
public sealed class DayTwoPaperTests : IDisposable
{
    private readonly PoHarness _po = new();

    public void Dispose() => _po.Dispose();

    [Fact]
    public void Resolution15_a_second_buy_of_a_protected_ticker_lifts_the_protection_and_protects_each_lot_at_its_own_prices()
    {
        var first = RunSample();
        var dayOneOrders = ProtectiveIds(Orders(), "MSFT");

        var second = RunDayTwo(Qa(new Trade("T-101", "MSFT", "BUY", 2_000m, 410.25m, Stop: 390m, Target: 460m)));

        var trade = TradeOf(second.Json, "T-101");
        Assert.Equal("EXECUTED", trade.GetProperty("status").GetString());
        var orders = Orders();
        Assert.All(dayOneOrders, id => Assert.Equal("canceled", Status(orders, id)));
        var firstLot = TradeOf(first.Json, "T-001").GetProperty("execution_quantity").GetDecimal();
        var open = OpenProtective(orders, "MSFT");
        Assert.Equal(firstLot, open.Where(o => o.GetProperty("type").GetString() == "stop" && o.GetProperty("stop_price").GetDecimal() == 380m).Sum(o => o.GetProperty("qty").GetDecimal()));
        Assert.Equal(trade.GetProperty("execution_quantity").GetDecimal(), open.Where(o => o.GetProperty("stop_price").ValueKind == JsonValueKind.Number && o.GetProperty("stop_price").GetDecimal() == 390m).Sum(o => o.GetProperty("qty").GetDecimal()));
        Assert.Equal([450m, 460m, 480m], open.Where(o => o.GetProperty("type").GetString() == "limit").Select(o => o.GetProperty("limit_price").GetDecimal()).Order());

        // CONTRACT §6: each protective order names the trade and run whose lot it protects.
        Assert.Equal(
            [("T-001", first.Json.GetProperty("run_id").GetString()), ("T-101", second.Json.GetProperty("run_id").GetString())],
            open.Select(o => (o.GetProperty("trade_id").GetString(), o.GetProperty("run_id").GetString())).Distinct().Order());
        AssertProtectedExactly("MSFT");
    }

    [Fact]
    public void Resolution15_a_partial_sell_of_a_protected_position_consumes_it_first_in_first_out_and_protection_covers_what_is_held()
    {
        RunSample();

        var second = RunDayTwo(Qa(new Trade("T-101", "MSFT", "SELL", 2_000m, 410.25m)));

        Assert.Equal("EXECUTED", TradeOf(second.Json, "T-101").GetProperty("status").GetString());
        var held = Held(Account(), "MSFT");
        Assert.True(held is > 0m and < 12.180505m, $"held {held}");
        Assert.Equal(held, UnderStop(Orders(), "MSFT"));
        AssertProtectedExactly("MSFT");
    }

    [Fact]
    public void Resolution15_a_stop_hit_between_runs_by_po_paper_mark_is_taken_in_by_the_next_run()
    {
        RunSample();
        var marked = _po.RunProcess("paper", "mark", "--prices", _po.Write("prices.json", """{"MSFT": 371.20}"""), "--now", "2026-11-24T13:45:00-05:00", "--state", "state", "--json");
        Assert.True(marked.ExitCode == 0, marked.ToString());
        Assert.Equal(0m, Held(Account(), "MSFT"));

        // No script: the venue fills at the last mark, $371.20; the new lot has its own lower stop.
        var second = RunDayTwo(Qa(new Trade("T-101", "MSFT", "BUY", 2_000m, 371.20m, Stop: 350m, Target: 400m)), script: null);

        var trade = TradeOf(second.Json, "T-101");
        Assert.Equal("EXECUTED", trade.GetProperty("status").GetString());
        Assert.Equal(trade.GetProperty("execution_quantity").GetDecimal(), Held(Account(), "MSFT"));
        Assert.Contains(second.Json.GetProperty("caveats").EnumerateArray(), c => c.GetString()!.Contains("sold 12.180505 shares", StringComparison.Ordinal));
        Assert.All(OpenProtective(Orders(), "MSFT"), o => Assert.Equal("T-101", o.GetProperty("trade_id").GetString()));
        AssertProtectedExactly("MSFT");
    }

    [Fact]
    public void Resolution15_a_lot_whose_stop_the_market_has_crossed_is_reported_unprotected_and_routed_to_the_master_architect()
    {
        RunSample();
        var script = _po.Write("day-two-script.json", """{"tickers": {"MSFT": {"price": 375.00}}}""");

        var second = RunDayTwo(Qa(new Trade("T-101", "MSFT", "SELL", 1_000m, 375m)), script);

        var trade = TradeOf(second.Json, "T-101");
        Assert.Equal("EXECUTED", trade.GetProperty("status").GetString());
        Assert.Contains("UNPROTECTED", trade.GetProperty("flags").EnumerateArray().Select(f => f.GetString()));
        Assert.Contains(trade.GetProperty("unprotected").EnumerateArray(), u => u.GetString()!.Contains("has already crossed the stop-loss at $380.00", StringComparison.Ordinal));
        Assert.Contains(second.Json.GetProperty("caveats").EnumerateArray(), c => c.GetString()!.Contains("not fully protected again", StringComparison.Ordinal));
        Assert.Empty(OpenProtective(Orders(), "MSFT"));
        Assert.True(Held(Account(), "MSFT") > 0m);
        Assert.Contains(second.Json.GetProperty("routing").EnumerateArray(), r => r.GetProperty("recipient").GetString() == "Master-Architect");
        var message = File.ReadAllText(Path.Combine(_po.Directory, "state", "runs", second.Json.GetProperty("run_id").GetString()!, "to-master-architect.md"));
        Assert.Contains("Unprotected positions", message, StringComparison.Ordinal);
        Assert.Contains("has already crossed the stop-loss", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolution15_an_entry_unfilled_on_a_protected_ticker_is_canceled_and_the_earlier_protection_restored()
    {
        RunSample();
        var script = _po.Write("day-two-script.json", """{"tickers": {"MSFT": {"no_fill": true}}}""");

        var second = RunDayTwo(Qa(new Trade("T-101", "MSFT", "BUY", 2_000m, 410.25m, Stop: 390m, Target: 460m)), script);

        Assert.True(second.ExitCode == 3, second.ToString());
        var trade = TradeOf(second.Json, "T-101");
        Assert.Equal("EXECUTION_FAILED", trade.GetProperty("status").GetString());
        var escalation = Assert.Single(second.Json.GetProperty("escalations").EnumerateArray());
        Assert.Equal(("NO_FILL", false), (escalation.GetProperty("type").GetString(), escalation.GetProperty("blocking").GetBoolean()));
        Assert.Equal("canceled", Status(Orders(), trade.GetProperty("client_order_id").GetString()!));
        Assert.Equal(12.180505m, UnderStop(Orders(), "MSFT"));
        AssertProtectedExactly("MSFT");
    }

    [Fact]
    public void Resolution15_a_buy_without_a_stop_loss_is_executed_and_flagged_unprotected_with_a_caveat()
    {
        RunSample();

        var second = RunDayTwo(Qa(new Trade("T-101", "AMD", "BUY", 1_000m, 142.10m)));

        var trade = TradeOf(second.Json, "T-101");
        Assert.Equal("EXECUTED", trade.GetProperty("status").GetString());
        Assert.Contains("UNPROTECTED", trade.GetProperty("flags").EnumerateArray().Select(f => f.GetString()));
        Assert.Contains(second.Json.GetProperty("caveats").EnumerateArray(), c => c.GetString()!.Contains("executed without a stop-loss", StringComparison.Ordinal));

        // The earlier AMD lot is protected again at its own prices; the new shares have no stop of ours.
        Assert.Equal(TradeOf(RunReport(0), "T-002").GetProperty("execution_quantity").GetDecimal(), UnderStop(Orders(), "AMD"));
    }

    private PoResult RunSample()
    {
        var result = _po.RunProcess("run", "--portfolio", _po.Sample("PORTFOLIO.md"), "--qa", _po.Sample("qa-report.json"), "--broker", "paper:" + _po.Sample("paper-script.json"), "--now", FirstRunAt, "--state", "state", "--json");
        Assert.True(result.ExitCode is 0 or 3, result.ToString());
        _runs.Add(result.Json.GetProperty("run_id").GetString()!);
        return result;
    }

    private PoResult RunDayTwo(string qa, string? script = "sample")
    {
        var broker = script switch
        {
            null => "paper",
            "sample" => "paper:" + _po.Sample("paper-script.json"),
            _ => "paper:" + script,
        };
        var result = _po.RunProcess("run", "--portfolio", _po.Sample("PORTFOLIO.md"), "--qa", _po.Write("qa-day-two.json", qa), "--broker", broker, "--now", SecondRunAt, "--state", "state", "--json");
        Assert.True(result.ExitCode is 0 or 3, result.ToString());
        _runs.Add(result.Json.GetProperty("run_id").GetString()!);
        return result;
    }

    private readonly List<string> _runs = [];

    private JsonElement RunReport(int index) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(_po.Directory, "state", "runs", _runs[index], "execution-report.json"))).RootElement;

    /// <summary>Never protected twice, never more than held: the open protection covers exactly the shares held.</summary>
    private void AssertProtectedExactly(string symbol)
    {
        var orders = Orders();
        Assert.Equal(Held(Account(), symbol), Covered(orders, symbol));
        Assert.Equal(Held(Account(), symbol), UnderStop(orders, symbol));
    }

    private JsonElement Orders() => _po.RunProcess("paper", "orders", "--state", "state", "--json").Json;

    private JsonElement Account() => _po.RunProcess("paper", "account", "--state", "state", "--json").Json;

    private static List<string> ProtectiveIds(JsonElement orders, string symbol) => [.. OpenProtective(orders, symbol).Select(o => o.GetProperty("client_order_id").GetString()!)];

    private static string? Status(JsonElement orders, string id) =>
        orders.EnumerateArray().Single(o => o.GetProperty("client_order_id").GetString() == id).GetProperty("status").GetString();
}

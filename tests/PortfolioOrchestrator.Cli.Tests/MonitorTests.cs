namespace PortfolioOrchestrator.Cli.Tests;

/// <summary><c>po monitor</c> after the sample run: the paper venue's protective orders against given prices.</summary>
public sealed class MonitorTests : IDisposable
{
    private readonly PoHarness _po = new();

    public void Dispose() => _po.Dispose();

    [Fact]
    public void A_price_through_a_stop_loss_needs_attention_and_is_routed_to_the_master_architect()
    {
        RunSample();
        var prices = _po.Write("prices.json", """{"MSFT": 371.2, "AMD": 150, "JNJ": 160}""");

        var result = _po.Run("monitor", "--portfolio", _po.Sample("PORTFOLIO.md"), "--prices", prices, "--now", "2026-11-25T09:00:00-05:00", "--state", "state", "--json");

        Assert.True(result.ExitCode == 4, result.ToString());
        Assert.Equal("NEEDS_ATTENTION", result.Json.GetProperty("status").GetString());
        var triggered = result.Json.GetProperty("protective_orders").EnumerateArray().Where(o => o.GetProperty("triggered").ValueKind == System.Text.Json.JsonValueKind.True).ToList();

        // CONTRACT Resolution 9: MSFT is protected in two slices (one per target), each with its own stop; both are reached, and together they cover the whole fill.
        Assert.Equal([("MSFT", "stop"), ("MSFT", "stop")], triggered.Select(o => (o.GetProperty("ticker").GetString(), o.GetProperty("type").GetString())));
        Assert.Equal(12.180505m, triggered.Sum(o => o.GetProperty("quantity").GetDecimal()));
        var message = File.ReadAllText(Path.Combine(_po.Directory, "state", "monitor", "2026-11-25", "to-master-architect-monitor.md"));
        Assert.Contains("MSFT at $371.20 reaches stop-loss $380.00", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Prices_for_every_position_that_trigger_nothing_are_ok()
    {
        RunSample();
        var prices = _po.Write("prices.json", """{"MSFT": 400, "AMD": 150, "JNJ": 160, "AAPL": 190, "XOM": 112, "JPM": 226}""");

        var result = _po.Run("monitor", "--portfolio", _po.Sample("PORTFOLIO.md"), "--prices", prices, "--now", "2026-11-25T09:00:00-05:00", "--state", "state");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Status: **OK**", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolution16_po_monitor_without_prices_checks_no_position_and_is_never_ok()
    {
        RunSample();

        var result = _po.Run("monitor", "--portfolio", _po.Sample("PORTFOLIO.md"), "--now", "2026-11-25T09:00:00-05:00", "--state", "state", "--json");

        Assert.True(result.ExitCode == 4, result.ToString());
        Assert.Equal("NOT_CHECKED", result.Json.GetProperty("status").GetString());
        var positions = result.Json.GetProperty("positions").EnumerateArray().ToList();
        Assert.Equal(["AAPL", "JNJ", "XOM", "JPM", "AMD", "MSFT"], positions.Select(p => p.GetProperty("ticker").GetString()));
        Assert.All(positions, p => Assert.Equal("NOT_CHECKED", p.GetProperty("status").GetString()));
        var finding = Assert.Single(result.Json.GetProperty("findings").EnumerateArray());
        Assert.Equal("NOT_CHECKED", finding.GetProperty("kind").GetString());
    }

    [Fact]
    public void Resolution16_po_monitor_with_some_prices_says_not_checked_for_the_rest()
    {
        var prices = _po.Write("prices.json", """{"AAPL": 190, "JNJ": 160, "XOM": 112}""");

        var result = _po.Run("monitor", "--portfolio", _po.Sample("PORTFOLIO.md"), "--prices", prices, "--now", "2026-11-24T15:00:00-05:00", "--state", "state");

        Assert.True(result.ExitCode == 4, result.ToString());
        Assert.Contains("Status: **NOT_CHECKED**", result.Out, StringComparison.Ordinal);
        Assert.Contains("- NOT_CHECKED: JPM (ROTH-1) was not checked: no price was given for it", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolution16_po_monitor_on_a_portfolio_older_than_max_staleness_trading_days_needs_attention()
    {
        var prices = _po.Write("prices.json", """{"AAPL": 190, "JNJ": 160, "XOM": 112, "JPM": 226}""");

        var result = _po.Run("monitor", "--portfolio", _po.Sample("PORTFOLIO.md"), "--prices", prices, "--now", "2026-12-01T09:00:00-05:00", "--state", "state", "--json");

        Assert.True(result.ExitCode == 4, result.ToString());
        Assert.Equal("NEEDS_ATTENTION", result.Json.GetProperty("status").GetString());
        Assert.Equal(4, result.Json.GetProperty("portfolio_trading_days_elapsed").GetInt32());
        var finding = Assert.Single(result.Json.GetProperty("findings").EnumerateArray());
        Assert.Equal("STALE_PORTFOLIO", finding.GetProperty("kind").GetString());
    }

    [Theory]
    [InlineData("""{"MSFT": -1}""", "prices.json:1 (MSFT): expected a positive price")]
    [InlineData("""[371.2]""", "expected a JSON object")]
    public void Bad_prices_are_bad_input(string json, string expected)
    {
        var prices = _po.Write("prices.json", json);

        var result = _po.Run("monitor", "--portfolio", _po.Sample("PORTFOLIO.md"), "--prices", prices, "--state", "state");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    private void RunSample()
    {
        var run = _po.Run(
            "run", "--portfolio", _po.Sample("PORTFOLIO.md"), "--qa", _po.Sample("qa-report.json"),
            "--broker", "paper:" + _po.Sample("paper-script.json"), "--now", "2026-11-24T13:40:00-05:00", "--state", "state", "--json");
        Assert.True(run.ExitCode == 0, run.ToString());
    }
}

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
        Assert.Equal("MSFT", Assert.Single(triggered).GetProperty("ticker").GetString());
        var message = File.ReadAllText(Path.Combine(_po.Directory, "state", "monitor", "2026-11-25", "to-master-architect-monitor.md"));
        Assert.Contains("MSFT at $371.20 reaches stop-loss $380.00", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Prices_that_trigger_nothing_are_ok()
    {
        RunSample();
        var prices = _po.Write("prices.json", """{"MSFT": 400, "AMD": 150, "JNJ": 160}""");

        var result = _po.Run("monitor", "--portfolio", _po.Sample("PORTFOLIO.md"), "--prices", prices, "--now", "2026-11-25T09:00:00-05:00", "--state", "state");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Status: **OK**", result.Out, StringComparison.Ordinal);
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

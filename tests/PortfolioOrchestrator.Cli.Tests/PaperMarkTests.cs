using System.Text.Json;

namespace PortfolioOrchestrator.Cli.Tests;

/// <summary>CONTRACT §6 through <c>po paper mark --prices FILE [--now T]</c>: a stop hit between runs fills, its sibling cancels.</summary>
public sealed class PaperMarkTests : IDisposable
{
    private const string Now = "2026-11-24T13:40:00-05:00";
    private readonly PoHarness _po = new();

    public void Dispose() => _po.Dispose();

    [Fact]
    public void Section6_po_paper_mark_fills_the_stops_a_price_crosses_and_cancels_their_siblings()
    {
        var run = _po.Run("run", "--portfolio", _po.Sample("PORTFOLIO.md"), "--qa", _po.Sample("qa-report.json"), "--broker", "paper:" + _po.Sample("paper-script.json"), "--now", Now, "--state", "state", "--json");
        Assert.True(run.ExitCode is 0 or 3, run.ToString());
        var stop = run.Json.GetProperty("trades").EnumerateArray().Single(t => t.GetProperty("ticker").GetString() == "MSFT").GetProperty("stop_loss_order").GetProperty("stop_price").GetDecimal();
        var prices = _po.Write("prices.json", $$"""{"MSFT": {{stop - 10m}}}""");

        var marked = _po.Run("paper", "mark", "--prices", prices, "--now", "2026-11-25T10:00:00-05:00", "--state", "state", "--json");

        Assert.True(marked.ExitCode == 0, marked.ToString());
        var filled = marked.Json.GetProperty("filled").EnumerateArray().ToList();
        Assert.NotEmpty(filled);
        Assert.All(filled, o => Assert.Equal(("stop", "filled", stop - 10m), (o.GetProperty("type").GetString(), o.GetProperty("status").GetString(), o.GetProperty("filled_avg_price").GetDecimal())));
        Assert.All(marked.Json.GetProperty("canceled").EnumerateArray(), o => Assert.Equal("limit", o.GetProperty("type").GetString()));
        var msft = _po.Run("paper", "account", "--state", "state", "--json").Json.GetProperty("positions").EnumerateArray().Single(p => p.GetProperty("symbol").GetString() == "MSFT");
        Assert.Equal(0m, msft.GetProperty("qty").GetDecimal());
        var orders = _po.Run("paper", "orders", "--state", "state", "--json").Json.EnumerateArray();
        Assert.DoesNotContain(orders, o => o.GetProperty("symbol").GetString() == "MSFT" && o.GetProperty("type").GetString() != "market" && o.GetProperty("status").GetString() is not ("filled" or "canceled"));
    }

    [Theory]
    [InlineData("""{"MSFT": 0}""", "MSFT")]
    [InlineData("""{"MSFT": -3.5}""", "MSFT")]
    [InlineData("""{"MSFT": "372.10"}""", "MSFT")]
    [InlineData("""["MSFT", 372.10]""", null)]
    public void Section6_a_prices_file_with_a_price_not_above_zero_is_bad_input_naming_the_file_and_field(string content, string? field)
    {
        var prices = _po.Write("prices.json", content);

        var result = _po.Run("paper", "mark", "--prices", prices, "--state", "state", "--json");

        Assert.True(result.ExitCode == 2, result.ToString());
        var problem = result.Json.GetProperty("error").GetProperty("problems").EnumerateArray().First();
        Assert.EndsWith("prices.json", problem.GetProperty("file").GetString(), StringComparison.Ordinal);
        if (field is not null)
        {
            Assert.Equal(field, problem.GetProperty("field").GetString());
        }
    }

    [Fact]
    public void Section6_a_missing_prices_file_is_bad_input()
    {
        var result = _po.Run("paper", "mark", "--prices", "nowhere.json", "--state", "state");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nowhere.json", result.Error, StringComparison.Ordinal);
    }
}

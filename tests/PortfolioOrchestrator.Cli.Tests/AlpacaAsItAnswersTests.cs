using System.Text.Json;
using PortfolioOrchestrator.Testing.Alpaca;

namespace PortfolioOrchestrator.Cli.Tests;

/// <summary>
/// CONTRACT §9 and Resolution 22 end to end: `po run --broker alpaca` against the fake answering as Alpaca
/// documents — assets not fractionable, the market data API's latest trade, GTC orders' expiry.
/// </summary>
public sealed class AlpacaAsItAnswersTests : IDisposable
{
    private readonly PoHarness _po = new();
    private readonly FakeAlpacaServer _alpaca = AlpacaSample.StartFake();

    public AlpacaAsItAnswersTests() => AlpacaSample.Point(_po, _alpaca);

    public void Dispose()
    {
        _alpaca.Dispose();
        _po.Dispose();
    }

    private PoResult RunSample() => _po.Run(AlpacaSample.RunArguments(_po));

    [Fact]
    public void Section9_a_not_fractionable_buy_is_executed_in_whole_shares_and_the_unspent_rest_is_a_caveat()
    {
        _alpaca.SetSymbol("MSFT", new FakeSymbolBehaviour(410m) { Fractionable = false });

        var result = RunSample();

        Assert.True(result.ExitCode == 0, result.ToString());
        var msft = AlpacaSample.Trade(result.Json, "T-001");
        Assert.Equal("EXECUTED", msft.GetProperty("status").GetString());
        Assert.Equal(12m, msft.GetProperty("execution_quantity").GetDecimal());
        Assert.Equal(4920m, msft.GetProperty("filled_dollars").GetDecimal());
        var entry = Assert.Single(_alpaca.Orders, o => o.Symbol == "MSFT" && o.Type == "market");
        Assert.Equal((12m, (decimal?)null), (entry.Qty!.Value, entry.Notional));
        Assert.Contains(result.Json.GetProperty("caveats").EnumerateArray(), c => c.GetString()!.Contains("MSFT is not fractionable at Alpaca", StringComparison.Ordinal)
            && c.GetString()!.Contains("unspent", StringComparison.Ordinal));
    }

    [Fact]
    public void Resolution22_each_trade_reports_alpacas_latest_trade_as_its_market_price_at_submission()
    {
        _alpaca.SetSymbol("MSFT", new FakeSymbolBehaviour(410m));

        var result = RunSample();

        Assert.True(result.ExitCode == 0, result.ToString());
        var msft = AlpacaSample.Trade(result.Json, "T-001");
        Assert.Equal(410m, msft.GetProperty("market_price_at_submission").GetDecimal());
        Assert.Equal(0m, msft.GetProperty("market_slippage_bps").GetDecimal());
        Assert.Equal(JsonValueKind.Null, AlpacaSample.Trade(result.Json, "T-004").GetProperty("market_price_at_submission").ValueKind);
        Assert.True(_alpaca.RequestCount("GET", "/v2/stocks/MSFT/trades/latest") >= 1);
        Assert.Contains("market price at submission $410.00", File.ReadAllText(ReportMarkdown(result)), StringComparison.Ordinal);
    }

    [Fact]
    public void Resolution22_an_unreachable_market_data_api_leaves_the_price_null_and_the_run_completes()
    {
        _po.Variables["APCA_API_DATA_URL"] = "http://127.0.0.1:9/";

        var result = RunSample();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("COMPLETED", result.Json.GetProperty("status").GetString());
        var msft = AlpacaSample.Trade(result.Json, "T-001");
        Assert.Equal("EXECUTED", msft.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, msft.GetProperty("market_price_at_submission").ValueKind);
        Assert.Equal(JsonValueKind.Null, msft.GetProperty("market_slippage_bps").ValueKind);
    }

    [Fact]
    public void Section9_the_protective_orders_of_the_report_carry_alpacas_expires_at()
    {
        var result = RunSample();

        var stop = AlpacaSample.Trade(result.Json, "T-001").GetProperty("stop_loss_order");
        var atAlpaca = _alpaca.Orders.Single(o => o.ClientOrderId == stop.GetProperty("client_order_id").GetString());
        Assert.Equal(atAlpaca.ExpiresAt, stop.GetProperty("expires_at").GetDateTimeOffset());
    }

    private string ReportMarkdown(PoResult result)
    {
        var runId = result.Json.GetProperty("run_id").GetString()!;
        return Directory.EnumerateFiles(_po.Directory, "execution-report.md", SearchOption.AllDirectories).Single(f => f.Contains(runId, StringComparison.Ordinal));
    }
}

using PortfolioOrchestrator.Testing.Alpaca;
using static PortfolioOrchestrator.Cli.Tests.Tracking.TrackingState;

namespace PortfolioOrchestrator.Cli.Tests.Tracking;

/// <summary>
/// CONTRACT Resolution 16 and §9 against the protocol-level fake of Alpaca: <c>po monitor --broker alpaca</c> reads
/// each lot's protective orders as Alpaca answers them, with their <c>expires_at</c>, and the shares Alpaca holds.
/// </summary>
public sealed class AlpacaMonitorTests : IDisposable
{
    private const string NextDay = "2026-11-25T10:00:00-05:00";
    private readonly PoHarness _po = new();
    private readonly FakeAlpacaServer _alpaca = AlpacaSample.StartFake();

    public AlpacaMonitorTests() => AlpacaSample.Point(_po, _alpaca);

    public void Dispose()
    {
        _alpaca.Dispose();
        _po.Dispose();
    }

    private string State => Path.Combine(_po.Directory, "state");

    private void RunSample()
    {
        var run = _po.Run(AlpacaSample.RunArguments(_po));
        Assert.True(run.ExitCode is 0 or 3, run.ToString());
    }

    private PoResult Monitor() => _po.Run(
        "monitor", "--portfolio", AlpacaSample.OneAccountPortfolio(_po), "--broker", "alpaca", "--now", NextDay, "--state", "state", "--json");

    [Fact]
    public void Resolution16_po_monitor_reads_every_lot_at_alpaca_and_finds_whole_shares_protected()
    {
        RunSample();

        var result = Monitor();

        var msft = LotOf(result.Json, "MSFT");
        Assert.Equal("OK", msft.GetProperty("status").GetString());
        Assert.Equal(decimal.Floor(msft.GetProperty("quantity").GetDecimal()), msft.GetProperty("covered").GetDecimal());
        Assert.Equal(msft.GetProperty("expected").GetDecimal(), msft.GetProperty("covered").GetDecimal());
        Assert.All(msft.GetProperty("orders").EnumerateArray(), o => Assert.NotEqual(System.Text.Json.JsonValueKind.Null, o.GetProperty("expires_at").ValueKind));
    }

    [Fact]
    public void Resolution16_a_protective_order_alpaca_lets_lapse_within_5_sessions_is_reported_expiring()
    {
        RunSample();
        var lot = Lot(State, "TAXABLE-1", "MSFT");
        Assert.NotNull(_alpaca.SetExpiresAt(lot.ProtectiveOrders[0].ClientOrderId.Value, DateTimeOffset.Parse("2026-11-27T16:15:00-05:00", System.Globalization.CultureInfo.InvariantCulture)));

        var result = Monitor();

        Assert.True(result.ExitCode == 4, result.ToString());
        Assert.Equal(["PROTECTION_EXPIRING"], Findings(LotOf(result.Json, "MSFT")));
        Assert.Contains(result.Json.GetProperty("findings").EnumerateArray(), f => f.GetProperty("kind").GetString() == "PROTECTION_EXPIRING" && f.GetProperty("message").GetString()!.Contains("within 5 sessions", StringComparison.Ordinal));
        Assert.DoesNotContain(_alpaca.Requests.Skip(0), r => r.Method == "DELETE");
    }

    [Fact]
    public void Resolution16_alpaca_holding_fewer_shares_than_the_lot_is_reported_as_protection_of_another_quantity()
    {
        RunSample();
        var requestsBefore = _alpaca.Requests.Count(r => r.Method is "POST" or "DELETE" or "PATCH");
        _alpaca.SetPosition("MSFT", 5m);

        var result = Monitor();

        Assert.True(result.ExitCode == 4, result.ToString());
        var msft = LotOf(result.Json, "MSFT");
        Assert.Equal(["HELD_LESS_THAN_LOTS", "PROTECTION_QUANTITY"], Findings(msft));
        Assert.Equal((5m, 5m), (msft.GetProperty("quantity").GetDecimal(), msft.GetProperty("expected").GetDecimal()));
        Assert.True(msft.GetProperty("covered").GetDecimal() > 5m);
        Assert.Equal(requestsBefore, _alpaca.Requests.Count(r => r.Method is "POST" or "DELETE" or "PATCH"));
    }
}

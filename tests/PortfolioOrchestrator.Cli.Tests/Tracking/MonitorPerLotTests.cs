using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Paper;
using PortfolioOrchestrator.Paper.Scripting;
using static PortfolioOrchestrator.Cli.Tests.Tracking.TrackingState;

namespace PortfolioOrchestrator.Cli.Tests.Tracking;

/// <summary>
/// CONTRACT Resolution 16 (STEP 8 tracking) on the paper venue, over several runs of <c>po</c>: <c>po monitor</c>
/// reads every lot we protect at the venue, reports what is missing, covers another quantity or filled, and takes a
/// protective fill into the journal exactly once. It changes nothing at the venue.
/// </summary>
public sealed class MonitorPerLotTests : IDisposable
{
    private const string RunAt = "2026-11-24T13:40:00-05:00";
    private const string NextDay = "2026-11-25T10:00:00-05:00";
    private readonly PoHarness _po = new();

    public void Dispose() => _po.Dispose();

    private string State => Path.Combine(_po.Directory, "state");

    private void RunSample()
    {
        var run = _po.Run(
            "run", "--portfolio", _po.Sample("PORTFOLIO.md"), "--qa", _po.Sample("qa-report.json"),
            "--broker", "paper:" + _po.Sample("paper-script.json"), "--now", RunAt, "--state", "state", "--json");
        Assert.True(run.ExitCode is 0 or 3, run.ToString());
    }

    private PoResult Monitor(string prices) => _po.Run(
        "monitor", "--portfolio", _po.Sample("PORTFOLIO.md"), "--prices", _po.Write("prices.json", prices), "--now", NextDay, "--state", "state", "--json");

    private const string QuietPrices = """{"MSFT": 400, "AMD": 150, "JNJ": 160, "AAPL": 190, "XOM": 112, "JPM": 226}""";

    [Fact]
    public void Resolution16_po_monitor_after_a_run_checks_every_protected_lot_at_the_venue_and_finds_it_protected()
    {
        RunSample();

        var result = Monitor(QuietPrices);

        Assert.True(result.ExitCode == 0, result.ToString());
        var lots = result.Json.GetProperty("lots").EnumerateArray().ToList();
        Assert.Equal(["AMD", "JNJ", "MSFT"], lots.Select(l => l.GetProperty("ticker").GetString()).Order());
        Assert.All(lots, l => Assert.Equal(("OK", l.GetProperty("quantity").GetDecimal()), (l.GetProperty("status").GetString(), l.GetProperty("covered").GetDecimal())));
    }

    [Fact]
    public void Resolution16_a_stop_hit_between_runs_is_reported_by_po_monitor_and_taken_into_the_journal_exactly_once()
    {
        RunSample();
        var before = Lot(State, "TAXABLE-1", "MSFT");
        var marked = _po.Run("paper", "mark", "--prices", _po.Write("mark.json", """{"MSFT": 370}"""), "--now", NextDay, "--state", "state", "--json");
        Assert.True(marked.ExitCode == 0, marked.ToString());

        var first = Monitor(QuietPrices.Replace("\"MSFT\": 400", "\"MSFT\": 370", StringComparison.Ordinal));
        var second = Monitor(QuietPrices.Replace("\"MSFT\": 400", "\"MSFT\": 370", StringComparison.Ordinal));

        Assert.True(first.ExitCode == 4, first.ToString());
        var msft = LotOf(first.Json, "MSFT");
        Assert.Equal(["PROTECTION_FILLED"], Findings(msft));
        Assert.Equal(0m, msft.GetProperty("quantity").GetDecimal());
        Assert.Contains(first.Json.GetProperty("findings").EnumerateArray(), f => f.GetProperty("kind").GetString() == "PROTECTION_FILLED" && f.GetProperty("ticker").GetString() == "MSFT");
        Assert.DoesNotContain(second.Json.GetProperty("findings").EnumerateArray(), f => f.GetProperty("kind").GetString() == "PROTECTION_FILLED");
        Assert.Equal(0m, Lot(State, "TAXABLE-1", "MSFT").Quantity);
        var fills = Events(State).Where(e => e.Kind == "protection.filled" && e.Ticker.Value == "MSFT").ToList();
        Assert.Equal(before.ProtectiveOrders.Count(o => o.Type == Domain.Broker.OrderType.Stop), fills.Count);
    }

    [Fact]
    public async Task Resolution16_protection_canceled_at_the_venue_is_reported_missing_and_po_monitor_changes_nothing_there()
    {
        RunSample();
        var lot = Lot(State, "TAXABLE-1", "MSFT");
        using (var venue = PaperVenue.Open(State, PaperScript.Standard, TimeProvider.System))
        {
            foreach (var order in lot.ProtectiveOrders)
            {
                await venue.CancelAsync(order.ClientOrderId, CancellationToken.None);
            }
        }

        var ordersBefore = _po.Run("paper", "orders", "--state", "state", "--json").Out;
        var result = Monitor(QuietPrices);

        Assert.True(result.ExitCode == 4, result.ToString());
        var msft = LotOf(result.Json, "MSFT");
        Assert.Equal(["PROTECTION_MISSING"], Findings(msft));
        Assert.Equal((lot.Quantity, 0m), (msft.GetProperty("quantity").GetDecimal(), msft.GetProperty("covered").GetDecimal()));
        Assert.Equal("OK", LotOf(result.Json, "AMD").GetProperty("status").GetString());
        Assert.Equal(ordersBefore, _po.Run("paper", "orders", "--state", "state", "--json").Out);
        var message = File.ReadAllText(Path.Combine(State, "monitor", "2026-11-25", "to-master-architect-monitor.md"));
        Assert.Contains("no protective order of ours working for them at the venue; po protect places it", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolution16_po_monitor_with_alpaca_for_lots_protected_at_the_paper_venue_is_bad_input_naming_the_lot()
    {
        RunSample();
        _po.Variables["APCA_API_KEY_ID"] = "PKFAKEKEYID0000000000";
        _po.Variables["APCA_API_SECRET_KEY"] = "fakeSecretKey0000000000000000000000000000";
        _po.Variables["APCA_API_BASE_URL"] = "http://127.0.0.1:9/";

        var result = _po.Run("monitor", "--portfolio", _po.Sample("PORTFOLIO.md"), "--broker", "alpaca", "--now", NextDay, "--state", "state", "--json");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("was protected at the paper venue", result.Json.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}

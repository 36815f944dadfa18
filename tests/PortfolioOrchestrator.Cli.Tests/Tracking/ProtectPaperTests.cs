using PortfolioOrchestrator.Paper;
using PortfolioOrchestrator.Paper.Scripting;
using static PortfolioOrchestrator.Cli.Tests.Tracking.TrackingState;

namespace PortfolioOrchestrator.Cli.Tests.Tracking;

/// <summary>
/// CONTRACT Resolution 16 (STEP 8 "stop-loss and profit target tracking") on the paper venue, over several runs of
/// <c>po</c>: <c>po protect</c> repairs what <c>po monitor</c> finds, a second <c>po protect</c> places nothing, and
/// <c>--dry-run</c> changes nothing and exits as the real run does.
/// </summary>
public sealed class ProtectPaperTests : IDisposable
{
    private const string RunAt = "2026-11-24T13:40:00-05:00";
    private const string NextDay = "2026-11-25T10:00:00-05:00";
    private const string QuietPrices = """{"MSFT": 400, "AMD": 150, "JNJ": 160, "AAPL": 190, "XOM": 112, "JPM": 226}""";
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

    private PoResult Protect(params string[] extra) => _po.Run(["protect", "--now", NextDay, "--state", "state", "--json", .. extra]);

    private PoResult Monitor() => _po.Run(
        "monitor", "--portfolio", _po.Sample("PORTFOLIO.md"), "--prices", _po.Write("prices.json", QuietPrices), "--now", NextDay, "--state", "state", "--json");

    private string PaperOrders() => _po.Run("paper", "orders", "--state", "state", "--json").Out;

    private async Task CancelAtVenueAsync(string ticker)
    {
        var lot = Lot(State, "TAXABLE-1", ticker);
        using var venue = PaperVenue.Open(State, PaperScript.Standard, TimeProvider.System);
        foreach (var order in lot.ProtectiveOrders)
        {
            await venue.CancelAsync(order.ClientOrderId, CancellationToken.None);
        }
    }

    [Fact]
    public async Task Resolution16_po_protect_places_missing_protection_once_and_run_again_places_nothing()
    {
        RunSample();
        await CancelAtVenueAsync("MSFT");
        var lot = Lot(State, "TAXABLE-1", "MSFT");
        Assert.Equal(4, Monitor().ExitCode);

        var first = Protect();
        var ordersAfterFirst = PaperOrders();
        var second = Protect();

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal("REPAIRED", first.Json.GetProperty("status").GetString());
        var placed = Assert.Single(first.Json.GetProperty("actions").EnumerateArray());
        Assert.Equal(("place", 2, lot.Quantity), (placed.GetProperty("action").GetString(), placed.GetProperty("generation").GetInt32(), placed.GetProperty("shares").GetDecimal()));
        Assert.All(placed.GetProperty("orders").EnumerateArray(), o => Assert.StartsWith(lot.Id.Value + "-g2-", o.GetString(), StringComparison.Ordinal));
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal("NOTHING_TO_DO", second.Json.GetProperty("status").GetString());
        Assert.Equal(ordersAfterFirst, PaperOrders());
        var repaired = Lot(State, "TAXABLE-1", "MSFT");
        Assert.Equal((2, lot.Quantity, lot.Quantity), (repaired.Generation, repaired.Quantity, repaired.ProtectedQuantity));
        Assert.Equal(0, Monitor().ExitCode);
        Assert.Equal(["protect.placing", "protect.placed"], Events(State).Where(e => e.Ticker.Value == "MSFT").Select(e => e.Kind));
    }

    [Fact]
    public async Task Resolution16_po_protect_dry_run_changes_nothing_at_the_venue_or_in_the_journal_and_exits_as_the_real_run()
    {
        RunSample();
        await CancelAtVenueAsync("MSFT");
        var orders = PaperOrders();

        var dry = Protect("--dry-run");

        Assert.True(dry.ExitCode == 0, dry.ToString());
        Assert.True(dry.Json.GetProperty("dry_run").GetBoolean());
        Assert.Equal("planned", Assert.Single(dry.Json.GetProperty("actions").EnumerateArray()).GetProperty("outcome").GetString());
        Assert.Equal(orders, PaperOrders());
        Assert.Empty(Events(State));
        Assert.Equal(1, Lot(State, "TAXABLE-1", "MSFT").Generation);
        Assert.False(Directory.Exists(Path.Combine(State, "protect")));

        var real = Protect();

        Assert.Equal(dry.ExitCode, real.ExitCode);
        Assert.Equal("done", Assert.Single(real.Json.GetProperty("actions").EnumerateArray()).GetProperty("outcome").GetString());
    }

    [Fact]
    public void Resolution16_a_stop_or_target_hit_between_runs_is_taken_in_by_po_protect_first_and_protect_again_places_nothing()
    {
        RunSample();
        Assert.Equal(0, _po.Run("paper", "mark", "--prices", _po.Write("mark.json", """{"MSFT": 455}"""), "--now", NextDay, "--state", "state").ExitCode);

        var first = Protect();
        var orders = PaperOrders();
        var second = Protect();

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("PROTECTION_FILLED", Findings(LotOf(first.Json, "MSFT")));
        var lot = Lot(State, "TAXABLE-1", "MSFT");
        Assert.True(lot.Quantity > 0m);
        Assert.Equal(lot.Quantity, lot.ProtectedQuantity);
        Assert.Equal(("NOTHING_TO_DO", 0), (second.Json.GetProperty("status").GetString(), second.ExitCode));
        Assert.Equal(orders, PaperOrders());
        Assert.Single(Events(State), e => e.Kind == "protection.filled");
    }

    [Fact]
    public void Resolution16_po_protect_with_nothing_protected_has_nothing_to_do()
    {
        var result = Protect();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("NOTHING_TO_DO", result.Json.GetProperty("status").GetString());
    }

    [Fact]
    public void Po_help_lists_po_protect()
    {
        var result = _po.Run("--help");

        Assert.Contains("protect", result.Out, StringComparison.Ordinal);
    }
}

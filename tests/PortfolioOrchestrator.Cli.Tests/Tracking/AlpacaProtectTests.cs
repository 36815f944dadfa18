using PortfolioOrchestrator.Testing.Alpaca;
using static PortfolioOrchestrator.Cli.Tests.Tracking.TrackingState;

namespace PortfolioOrchestrator.Cli.Tests.Tracking;

/// <summary>
/// CONTRACT Resolution 16 and §9 against the protocol-level fake of Alpaca: <c>po protect --broker alpaca</c> replaces
/// protection that expired or expires soon (<c>expires_at</c>), protects no more whole shares than Alpaca holds,
/// cancels protection of a position that is gone — and run twice, sends nothing twice.
/// </summary>
public sealed class AlpacaProtectTests : IDisposable
{
    private const string NextDay = "2026-11-25T10:00:00-05:00";
    private readonly PoHarness _po = new();
    private readonly FakeAlpacaServer _alpaca = AlpacaSample.StartFake();

    public AlpacaProtectTests() => AlpacaSample.Point(_po, _alpaca);

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

    private PoResult Protect(params string[] extra) => _po.Run(["protect", "--broker", "alpaca", "--now", NextDay, "--state", "state", "--json", .. extra]);

    private PoResult Monitor() => _po.Run("monitor", "--portfolio", AlpacaSample.OneAccountPortfolio(_po), "--broker", "alpaca", "--now", NextDay, "--state", "state", "--json");

    private int Posts => _alpaca.Requests.Count(r => r.Method == "POST");

    private List<FakeAlpacaOrder> OpenSells(string symbol) =>
        [.. _alpaca.Orders.Where(o => o.Symbol == symbol && o.Side == "sell" && o.Status is "new" or "accepted" or "held" or "partially_filled")];

    private static decimal Covered(IEnumerable<FakeAlpacaOrder> open) =>
        open.GroupBy(o => o.ParentId ?? o.Id).Sum(g => g.Max(o => o.Qty ?? 0m));

    [Fact]
    public void Resolution16_protection_alpaca_let_expire_is_reported_missing_and_po_protect_places_it_again_once()
    {
        RunSample();
        var lot = Lot(State, "TAXABLE-1", "MSFT");
        foreach (var order in lot.ProtectiveOrders.Where(o => o.LinkGroup == o.ClientOrderId.Value || o.LinkGroup is null))
        {
            Assert.NotNull(_alpaca.SetOrderStatus(order.ClientOrderId.Value, "expired"));
        }

        Assert.Equal(["PROTECTION_MISSING"], Findings(LotOf(Monitor().Json, "MSFT")));
        var first = Protect();
        var posts = Posts;
        var second = Protect();

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal("REPAIRED", first.Json.GetProperty("status").GetString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal("NOTHING_TO_DO", second.Json.GetProperty("status").GetString());
        Assert.Equal(posts, Posts);
        Assert.Equal(decimal.Floor(lot.Quantity), Covered(OpenSells("MSFT")));
        Assert.All(OpenSells("MSFT").Where(o => o.ParentId is null), o => Assert.StartsWith(lot.Id.Value + "-g2-", o.ClientOrderId, StringComparison.Ordinal));
        Assert.Contains(first.Json.GetProperty("unprotected").EnumerateArray(), u => u.GetString()!.Contains("fractional", StringComparison.Ordinal));
        Assert.Equal("OK", LotOf(Monitor().Json, "MSFT").GetProperty("status").GetString());
    }

    [Fact]
    public void Resolution16_protection_expiring_within_5_sessions_is_canceled_confirmed_final_and_replaced_and_twice_sends_nothing_twice()
    {
        RunSample();
        var lot = Lot(State, "TAXABLE-1", "MSFT");
        Assert.NotNull(_alpaca.SetExpiresAt(lot.ProtectiveOrders[0].ClientOrderId.Value, DateTimeOffset.Parse("2026-11-27T16:15:00-05:00", System.Globalization.CultureInfo.InvariantCulture)));

        var first = Protect();
        var (posts, deletes) = (Posts, _alpaca.Requests.Count(r => r.Method == "DELETE"));
        var second = Protect();

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal(["cancel", "place"], first.Json.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("action").GetString()));
        Assert.All(lot.ProtectiveOrders, o => Assert.Contains(_alpaca.Orders, f => f.ClientOrderId == o.ClientOrderId.Value && f.Status == "canceled"));
        Assert.Equal(decimal.Floor(lot.Quantity), Covered(OpenSells("MSFT")));
        Assert.Equal(("NOTHING_TO_DO", 0), (second.Json.GetProperty("status").GetString(), second.ExitCode));
        Assert.Equal((posts, deletes), (Posts, _alpaca.Requests.Count(r => r.Method == "DELETE")));
        Assert.Equal(2, Lot(State, "TAXABLE-1", "MSFT").Generation);
    }

    [Fact]
    public void Resolution16_alpaca_holding_fewer_shares_is_protected_for_what_it_holds_never_more()
    {
        RunSample();
        _alpaca.SetPosition("MSFT", 5m);

        var result = Protect();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("PROTECTION_QUANTITY", Findings(LotOf(result.Json, "MSFT")));
        Assert.Equal(5m, Covered(OpenSells("MSFT")));
        Assert.Equal(5m, Lot(State, "TAXABLE-1", "MSFT").Quantity);
        Assert.Equal("NOTHING_TO_DO", Protect().Json.GetProperty("status").GetString());
    }

    [Fact]
    public void Resolution16_protection_of_a_position_that_is_gone_is_canceled_and_nothing_is_placed()
    {
        RunSample();
        var posts = Posts;
        _alpaca.SetPosition("MSFT", 0m);

        var result = Protect();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["POSITION_GONE"], result.Json.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("because").EnumerateArray().Last().GetString()).Distinct());
        Assert.Empty(OpenSells("MSFT"));
        Assert.Equal(posts, Posts);
        Assert.Equal(0m, Lot(State, "TAXABLE-1", "MSFT").Quantity);
        Assert.Equal("NOTHING_TO_DO", Protect().Json.GetProperty("status").GetString());
    }

    [Fact]
    public void Resolution16_po_protect_dry_run_at_alpaca_sends_nothing_and_exits_as_the_real_run()
    {
        RunSample();
        _alpaca.SetPosition("MSFT", 5m);
        var before = _alpaca.Requests.Count(r => r.Method is "POST" or "DELETE" or "PATCH");

        var dry = Protect("--dry-run");

        Assert.Equal(before, _alpaca.Requests.Count(r => r.Method is "POST" or "DELETE" or "PATCH"));
        Assert.Equal(12m, Lot(State, "TAXABLE-1", "MSFT").Quantity, 0);
        Assert.Equal(Protect().ExitCode, dry.ExitCode);
    }

    [Fact]
    public void Resolution16_po_protect_with_alpaca_not_answering_is_venue_unavailable_exit_1()
    {
        RunSample();
        _alpaca.FailNext(5, 503, "GET", "/v2/orders:by_client_order_id");

        var result = Protect();

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal("venue_unavailable", result.Json.GetProperty("error").GetProperty("kind").GetString());
    }
}

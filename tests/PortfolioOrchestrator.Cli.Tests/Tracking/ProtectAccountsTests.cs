using System.Text.Json.Nodes;
using PortfolioOrchestrator.Testing.Alpaca;
using static PortfolioOrchestrator.Cli.Tests.Tracking.TrackingState;

namespace PortfolioOrchestrator.Cli.Tests.Tracking;

/// <summary>
/// CONTRACT §7 and Resolution 16: with <c>--accounts FILE</c> each lot is read and repaired at its own account's
/// venue only — two fake Alpaca servers with two keys — and the one-key rule and an unmapped account are exit 2
/// with nothing sent.
/// </summary>
public sealed class ProtectAccountsTests : IDisposable
{
    private const string NextDay = "2026-11-25T10:00:00-05:00";
    private readonly PoHarness _po = new();
    private readonly FakeAlpacaServer _taxable = FakeAlpacaServer.Start("PKTAXABLE00000000000", "taxableSecret000000000000000000000000000");
    private readonly FakeAlpacaServer _roth = FakeAlpacaServer.Start("PKROTH00000000000000", "rothSecret00000000000000000000000000000000");

    public ProtectAccountsTests()
    {
        _taxable.Cash = 30_000m;
        _roth.Cash = 15_000m;
        foreach (var (fake, symbol, price, qty) in new[] { (_taxable, "AAPL", 190m, 100m), (_taxable, "JNJ", 155m, 400m), (_roth, "XOM", 112m, 500m), (_roth, "JPM", 226m, 300m) })
        {
            fake.SetSymbol(symbol, new FakeSymbolBehaviour(price));
            fake.SetPosition(symbol, qty);
        }

        foreach (var fake in new[] { _taxable, _roth })
        {
            fake.SetSymbol("MSFT", new FakeSymbolBehaviour(410m));
            fake.SetSymbol("AMD", new FakeSymbolBehaviour(142.10m));
            fake.SetSymbol("JNJ", new FakeSymbolBehaviour(155m));
        }

        _po.Variables["APCA_TAXABLE_KEY_ID"] = _taxable.KeyId;
        _po.Variables["APCA_TAXABLE_SECRET_KEY"] = _taxable.SecretKey;
        _po.Variables["APCA_ROTH_KEY_ID"] = _roth.KeyId;
        _po.Variables["APCA_ROTH_SECRET_KEY"] = _roth.SecretKey;
        _po.Variables["APCA_API_DATA_URL"] = _taxable.BaseUrl.ToString();
    }

    public void Dispose()
    {
        _taxable.Dispose();
        _roth.Dispose();
        _po.Dispose();
    }

    private string State => Path.Combine(_po.Directory, "state");

    private string Accounts(bool withRoth = true)
    {
        var map = new JsonObject
        {
            ["TAXABLE-1"] = new JsonObject { ["broker"] = "alpaca", ["key_id_env"] = "APCA_TAXABLE_KEY_ID", ["secret_env"] = "APCA_TAXABLE_SECRET_KEY", ["base_url"] = _taxable.BaseUrl.ToString() },
        };
        if (withRoth)
        {
            map["ROTH-1"] = new JsonObject { ["broker"] = "alpaca", ["key_id_env"] = "APCA_ROTH_KEY_ID", ["secret_env"] = "APCA_ROTH_SECRET_KEY", ["base_url"] = _roth.BaseUrl.ToString() };
        }

        return _po.Write(withRoth ? "accounts.json" : "accounts-taxable-only.json", map.ToJsonString());
    }

    /// <summary>The sample with its JNJ buy (T-005) in ROTH-1, so both accounts hold a lot we protect.</summary>
    private string TwoAccountQa()
    {
        var qa = JsonNode.Parse(File.ReadAllText(_po.Sample("qa-report.json")))!;
        qa["trades"]!.AsArray().Single(t => (string?)t!["trade_id"] == "T-005")!["account"] = "ROTH-1";
        return _po.Write("qa-two-accounts.json", qa.ToJsonString());
    }

    private void RunTwoAccounts(params string[] venue)
    {
        var run = _po.Run(["run", "--portfolio", _po.Sample("PORTFOLIO.md"), "--qa", TwoAccountQa(), "--now", AlpacaSample.Now, "--state", "state", "--json", .. venue]);
        Assert.True(run.ExitCode is 0 or 3, run.ToString());
        Assert.Contains(Lots(State), p => p.Account.Value == "ROTH-1" && p.Ticker.Value == "JNJ" && p.Lots.Any(l => !l.IsHeldBefore));
    }

    private int Changes(FakeAlpacaServer fake) => fake.Requests.Count(r => r.Method is "POST" or "DELETE" or "PATCH");

    [Fact]
    public void Section7_each_lot_is_repaired_at_its_own_accounts_alpaca_server_only()
    {
        RunTwoAccounts("--accounts", Accounts());
        var jnj = Lot(State, "ROTH-1", "JNJ");
        foreach (var order in jnj.ProtectiveOrders)
        {
            _roth.SetOrderStatus(order.ClientOrderId.Value, "expired");
        }

        var taxableBefore = Changes(_taxable);
        var rothBefore = Changes(_roth);

        var result = _po.Run("protect", "--accounts", Accounts(), "--now", NextDay, "--state", "state", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var action = Assert.Single(result.Json.GetProperty("actions").EnumerateArray());
        Assert.Equal(("ROTH-1", "JNJ", "place"), (action.GetProperty("account").GetString(), action.GetProperty("ticker").GetString(), action.GetProperty("action").GetString()));
        Assert.Equal(taxableBefore, Changes(_taxable));
        Assert.True(Changes(_roth) > rothBefore);
        Assert.Contains(_roth.Orders, o => o.Symbol == "JNJ" && o.ClientOrderId.StartsWith(jnj.Id.Value + "-g2-", StringComparison.Ordinal) && o.Status is "new" or "accepted");
        Assert.DoesNotContain(_taxable.Orders, o => o.ClientOrderId.StartsWith(jnj.Id.Value, StringComparison.Ordinal));
        Assert.Equal("NOTHING_TO_DO", _po.Run("protect", "--accounts", Accounts(), "--now", NextDay, "--state", "state", "--json").Json.GetProperty("status").GetString());
    }

    [Fact]
    public void Section7_po_protect_with_broker_alpaca_and_lots_of_two_accounts_is_exit_2_naming_them()
    {
        RunTwoAccounts("--broker", "paper");
        _po.Variables["APCA_API_KEY_ID"] = _taxable.KeyId;
        _po.Variables["APCA_API_SECRET_KEY"] = _taxable.SecretKey;
        _po.Variables["APCA_API_BASE_URL"] = _taxable.BaseUrl.ToString();

        foreach (var verb in new[] { new[] { "protect" }, ["monitor", "--portfolio", _po.Sample("PORTFOLIO.md")] })
        {
            var result = _po.Run([.. verb, "--broker", "alpaca", "--now", NextDay, "--state", "state", "--json"]);

            Assert.True(result.ExitCode == 2, result.ToString());
            var message = result.Json.GetProperty("error").GetProperty("message").GetString()!;
            Assert.Contains("ROTH-1, TAXABLE-1", message, StringComparison.Ordinal);
            Assert.Contains("--accounts", message, StringComparison.Ordinal);
        }

        Assert.Empty(_taxable.Requests);
    }

    [Fact]
    public void Section7_po_protect_with_an_accounts_file_that_leaves_out_an_account_with_lots_is_exit_2_naming_it()
    {
        RunTwoAccounts("--accounts", Accounts());
        var taxableBefore = _taxable.Requests.Count;
        var rothBefore = _roth.Requests.Count;

        var result = _po.Run("protect", "--accounts", Accounts(withRoth: false), "--now", NextDay, "--state", "state", "--json");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("ROTH-1", result.Json.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal((taxableBefore, rothBefore), (_taxable.Requests.Count, _roth.Requests.Count));
    }
}

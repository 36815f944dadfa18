using System.Text.Json;
using PortfolioOrchestrator.Testing.Alpaca;

namespace PortfolioOrchestrator.Cli.Tests;

/// <summary>
/// CONTRACT §7 end to end: the bundled sample's two accounts, each at its own venue — two fake Alpaca servers
/// on two ports with two keys, or one of them on the paper venue. A trade lands only at its own account's
/// venue, every refusal is exit 2 with nothing sent, and a crash and resume sends nothing twice.
/// </summary>
public sealed class AccountsScenarioTests : IDisposable
{
    private readonly PoHarness _po = new();
    private readonly FakeAlpacaServer _taxable = FakeAlpacaServer.Start("PKTAXABLE00000000000", "taxableSecret000000000000000000000000000");
    private readonly FakeAlpacaServer _roth = FakeAlpacaServer.Start("PKROTH00000000000000", "rothSecret00000000000000000000000000000000");

    public AccountsScenarioTests()
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
        }

        _po.Variables["APCA_TAXABLE_KEY_ID"] = _taxable.KeyId;
        _po.Variables["APCA_TAXABLE_SECRET_KEY"] = _taxable.SecretKey;
        _po.Variables["APCA_ROTH_KEY_ID"] = _roth.KeyId;
        _po.Variables["APCA_ROTH_SECRET_KEY"] = _roth.SecretKey;

        // Market data is one endpoint for every account (here the taxable fake's, which knows only its own key).
        _po.Variables["APCA_API_DATA_URL"] = _taxable.BaseUrl.ToString();
    }

    public void Dispose()
    {
        _taxable.Dispose();
        _roth.Dispose();
        _po.Dispose();
    }

    private string TwoAlpacaAccounts() => _po.Write("accounts.json", $$"""
        {
          "TAXABLE-1": { "broker": "alpaca", "key_id_env": "APCA_TAXABLE_KEY_ID", "secret_env": "APCA_TAXABLE_SECRET_KEY", "base_url": "{{_taxable.BaseUrl}}" },
          "ROTH-1":    { "broker": "alpaca", "key_id_env": "APCA_ROTH_KEY_ID", "secret_env": "APCA_ROTH_SECRET_KEY", "base_url": "{{_roth.BaseUrl}}" }
        }
        """);

    private string[] Run(string accountsFile, params string[] extra) =>
    [
        "run", "--portfolio", _po.Sample("PORTFOLIO.md"), "--qa", _po.Sample("qa-report.json"),
        "--accounts", accountsFile, "--now", AlpacaSample.Now, "--state", "state", "--json", .. extra,
    ];

    private static JsonElement Trade(JsonElement report, string id) => AlpacaSample.Trade(report, id);

    private void AssertNothingSent()
    {
        Assert.Empty(_taxable.Orders);
        Assert.Empty(_roth.Orders);
        Assert.DoesNotContain(_taxable.Requests.Concat(_roth.Requests), r => r.Method == "POST");
    }

    [Fact]
    public void Section7_each_trade_lands_only_at_its_own_accounts_alpaca_server()
    {
        var result = _po.Run(Run(TwoAlpacaAccounts()));

        Assert.True(result.ExitCode is 0 or 3, result.ToString());
        var report = result.Json;
        foreach (var id in new[] { "T-001", "T-002", "T-003", "T-005" })
        {
            Assert.Equal("EXECUTED", Trade(report, id).GetProperty("status").GetString());
        }

        Assert.Equal(["MSFT", "AMD", "JNJ"], _taxable.Orders.Where(o => o.Type == "market").Select(o => o.Symbol));
        Assert.Equal(["XOM"], _roth.Orders.Where(o => o.Type == "market").Select(o => o.Symbol));
        Assert.DoesNotContain(_roth.Orders, o => o.Symbol is "MSFT" or "AMD" or "JNJ");
        Assert.DoesNotContain(_taxable.Orders, o => o.Symbol == "XOM");
        Assert.Equal(500m - (4000m / 112m), _roth.PositionOf("XOM"), 6);
        Assert.Equal("COMPLETED", report.GetProperty("refresh").GetString());
        Assert.Equal(410m, Trade(report, "T-001").GetProperty("market_price_at_submission").GetDecimal());
        Assert.Equal("alpaca:APCA_ROTH_KEY_ID", Trade(report, "T-003").GetProperty("venue").GetString());
        Assert.Equal("alpaca:APCA_TAXABLE_KEY_ID", Trade(report, "T-001").GetProperty("venue").GetString());
        var markdown = File.ReadAllText(Path.Combine(_po.Directory, "state", "runs", report.GetProperty("run_id").GetString()!, "execution-report.md"));
        Assert.Contains("ROTH-1 at alpaca:", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Section7_a_missing_variable_is_exit_2_naming_it_and_nothing_is_sent()
    {
        _po.Variables.Remove("APCA_ROTH_SECRET_KEY");

        var result = _po.Run(Run(TwoAlpacaAccounts()));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("APCA_ROTH_SECRET_KEY", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(_roth.SecretKey, result.Out + result.Error, StringComparison.Ordinal);
        AssertNothingSent();
        Assert.Empty(_taxable.Requests);
    }

    [Fact]
    public void Section7_an_account_a_trade_names_but_the_file_does_not_map_is_exit_2_and_nothing_is_sent()
    {
        var accounts = _po.Write("accounts.json", $$"""
            { "TAXABLE-1": { "broker": "alpaca", "key_id_env": "APCA_TAXABLE_KEY_ID", "secret_env": "APCA_TAXABLE_SECRET_KEY", "base_url": "{{_taxable.BaseUrl}}" } }
            """);

        var result = _po.Run(Run(accounts));

        Assert.True(result.ExitCode == 2, result.ToString());
        var problem = Assert.Single(result.Json.GetProperty("error").GetProperty("problems").EnumerateArray());
        Assert.Equal("ROTH-1", problem.GetProperty("field").GetString());
        Assert.Contains("T-003", result.Out, StringComparison.Ordinal);
        AssertNothingSent();
    }

    [Fact]
    public void Section7_a_secret_pasted_into_the_file_is_exit_2_is_never_shown_and_nothing_is_sent()
    {
        var accounts = _po.Write("accounts.json", $$"""
            {
              "TAXABLE-1": { "broker": "alpaca", "key_id_env": "APCA_TAXABLE_KEY_ID", "secret_env": "{{_taxable.SecretKey}}", "base_url": "{{_taxable.BaseUrl}}" },
              "ROTH-1":    { "broker": "paper" }
            }
            """);

        var result = _po.Run(Run(accounts));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.DoesNotContain(_taxable.SecretKey, result.Out + result.Error, StringComparison.Ordinal);
        Assert.Contains("TAXABLE-1.secret_env", result.Out, StringComparison.Ordinal);
        AssertNothingSent();
        Assert.False(File.Exists(Path.Combine(_po.Directory, "state", "journal.db")) && Directory.Exists(Path.Combine(_po.Directory, "state", "runs")));
    }

    [Fact]
    public void Section7_accounts_with_broker_alpaca_is_exit_2_since_each_key_comes_from_the_file()
    {
        var result = _po.Run([.. Run(TwoAlpacaAccounts()), "--broker", "alpaca"]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("--accounts", result.Out, StringComparison.Ordinal);
        AssertNothingSent();
    }

    [Fact]
    public void Section7_one_account_on_paper_and_one_at_alpaca_each_trade_at_its_own_venue()
    {
        var accounts = _po.Write("accounts.json", $$"""
            {
              "TAXABLE-1": { "broker": "alpaca", "key_id_env": "APCA_TAXABLE_KEY_ID", "secret_env": "APCA_TAXABLE_SECRET_KEY", "base_url": "{{_taxable.BaseUrl}}" },
              "ROTH-1":    { "broker": "paper" }
            }
            """);

        var result = _po.Run(Run(accounts));

        Assert.True(result.ExitCode is 0 or 3, result.ToString());
        Assert.Equal(["MSFT", "AMD", "JNJ"], _taxable.Orders.Where(o => o.Type == "market").Select(o => o.Symbol));
        Assert.Empty(_roth.Requests);
        var paper = _po.Run("paper", "orders", "--state", "state", "--json").Json.EnumerateArray().ToList();
        Assert.Equal(["XOM"], paper.Where(o => o.GetProperty("type").GetString() == "market").Select(o => o.GetProperty("symbol").GetString()));
        Assert.All(paper, o => Assert.Equal("ROTH-1", o.GetProperty("account").GetString()));
    }

    [Fact]
    public void Section7_a_two_account_paper_run_shows_what_each_account_did()
    {
        var accounts = _po.Write("accounts.json", """{ "TAXABLE-1": { "broker": "paper" }, "ROTH-1": { "broker": "paper" } }""");

        var result = _po.Run([.. Run(accounts), "--broker", "paper:" + _po.Sample("paper-script.json")]);

        Assert.True(result.ExitCode is 0 or 3, result.ToString());
        var trades = result.Json.GetProperty("trades").EnumerateArray().ToList();
        Assert.Equal("ROTH-1", Trade(result.Json, "T-003").GetProperty("account").GetString());
        Assert.All(trades.Where(t => t.GetProperty("trade_id").GetString() != "T-003"), t => Assert.Equal("TAXABLE-1", t.GetProperty("account").GetString()));
        Assert.Equal("EXECUTED", Trade(result.Json, "T-003").GetProperty("status").GetString());
        AssertNothingSent();
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    public void Section7_a_crash_and_resume_across_two_alpaca_servers_sends_nothing_twice(int commits)
    {
        var accounts = TwoAlpacaAccounts();
        var crashed = PoProcess.RunCrashingAfterCommits(_po.Directory, _po.Variables, commits, Run(accounts));
        Assert.True(crashed.ExitCode != 0, crashed.ToString());
        var runId = _po.Run("status", "--state", "state", "--json").Json[0].GetProperty("run_id").GetString()!;

        var resumed = _po.Run("resume", runId, "--now", "2026-11-24T13:45:00-05:00", "--state", "state", "--json");

        Assert.True(resumed.ExitCode is 0 or 3, resumed.ToString());
        Assert.All(resumed.Json.GetProperty("trades").EnumerateArray().Where(t => t.GetProperty("trade_id").GetString() != "T-004"),
            t => Assert.Equal("EXECUTED", t.GetProperty("status").GetString()));
        foreach (var fake in new[] { _taxable, _roth })
        {
            Assert.Equal(fake.Orders.Count, fake.Orders.Select(o => o.ClientOrderId).Distinct().Count());
        }

        Assert.Equal(["MSFT", "AMD", "JNJ"], _taxable.Orders.Where(o => o.Type == "market").Select(o => o.Symbol));
        Assert.Equal(["XOM"], _roth.Orders.Where(o => o.Type == "market").Select(o => o.Symbol));
    }

    [Fact]
    public void Section7_resume_with_another_accounts_map_is_refused()
    {
        var crashed = PoProcess.RunCrashingAfterCommits(_po.Directory, _po.Variables, 4, Run(TwoAlpacaAccounts()));
        Assert.True(crashed.ExitCode != 0, crashed.ToString());
        var runId = _po.Run("status", "--state", "state", "--json").Json[0].GetProperty("run_id").GetString()!;
        var other = _po.Write("other.json", """{ "TAXABLE-1": { "broker": "paper" }, "ROTH-1": { "broker": "paper" } }""");

        var resumed = _po.Run("resume", runId, "--state", "state", "--accounts", other);

        Assert.True(resumed.ExitCode == 2, resumed.ToString());
        Assert.Contains("maps the accounts differently", resumed.Error, StringComparison.Ordinal);
        AssertNothingSent();
    }
}

using System.Text.Json;

namespace PortfolioOrchestrator.Cli.Tests;

/// <summary>CONTRACT §6 through <c>po paper account</c>: the venue opens with PORTFOLIO.md's cash per account and positions, and keeps them.</summary>
public sealed class PaperAccountTests : IDisposable
{
    private const string Now = "2026-11-24T13:40:00-05:00";
    private readonly PoHarness _po = new();

    public void Dispose() => _po.Dispose();

    [Fact]
    public void Section6_po_paper_account_shows_cash_per_account_and_the_portfolios_positions()
    {
        var report = Run(_po.Sample("PORTFOLIO.md")).Json;
        var account = _po.Run("paper", "account", "--state", "state", "--json");

        Assert.True(account.ExitCode == 0, account.ToString());
        var view = account.Json;
        Assert.True(view.GetProperty("opened_with_positions").GetBoolean());
        Assert.Equal(JsonValueKind.Null, view.GetProperty("note").ValueKind);
        var cash = view.GetProperty("accounts").EnumerateArray().ToDictionary(a => a.GetProperty("account").GetString()!, a => a.GetProperty("opening_cash").GetDecimal());
        Assert.Equal(new Dictionary<string, decimal> { ["ROTH-1"] = 15_000m, ["TAXABLE-1"] = 30_000m }, cash);
        Assert.Equal(report.GetProperty("cash_after").GetDecimal(), view.GetProperty("cash").GetDecimal());
        var held = Holdings(view);
        Assert.Equal(100m, held[("TAXABLE-1", "AAPL")]);
        Assert.Equal(300m, held[("ROTH-1", "JPM")]);
        var xomSold = Trade(report, "T-003").GetProperty("execution_quantity").GetDecimal();
        Assert.Equal(500m - xomSold, held[("ROTH-1", "XOM")]);
        var msft = view.GetProperty("positions").EnumerateArray().Single(p => p.GetProperty("symbol").GetString() == "MSFT");
        Assert.Equal(msft.GetProperty("qty").GetDecimal(), msft.GetProperty("reserved_qty").GetDecimal());
        Assert.Equal(0m, msft.GetProperty("available_qty").GetDecimal());
    }

    [Fact]
    public void Section6_a_state_directory_used_again_is_never_re_seeded()
    {
        Run(_po.Sample("PORTFOLIO.md"));
        var before = _po.Run("paper", "account", "--state", "state", "--json").Out;
        var edited = _po.WriteSample("PORTFOLIO.md", "PORTFOLIO-later.md", text => text
            .Replace("| TAXABLE-1 | Taxable | $30,000.00 |", "| TAXABLE-1 | Taxable | $29,000.00 |", StringComparison.Ordinal)
            .Replace("| ROTH-1 | Roth IRA | $15,000.00 |", "| ROTH-1 | Roth IRA | $16,000.00 |", StringComparison.Ordinal));
        Assert.NotEqual(File.ReadAllText(_po.Sample("PORTFOLIO.md")), File.ReadAllText(edited));

        Run(edited);

        Assert.Equal(before, _po.Run("paper", "account", "--state", "state", "--json").Out);
    }

    [Fact]
    public void Section6_a_fresh_state_directory_has_no_paper_account_yet()
    {
        var view = _po.Run("paper", "account", "--state", "new-state", "--json").Json;

        Assert.False(view.GetProperty("opened").GetBoolean());
        Assert.Empty(view.GetProperty("positions").EnumerateArray());
    }

    private PoResult Run(string portfolio) =>
        _po.Run("run", "--portfolio", portfolio, "--qa", _po.Sample("qa-report.json"), "--broker", "paper:" + _po.Sample("paper-script.json"), "--now", Now, "--state", "state", "--json");

    private static JsonElement Trade(JsonElement report, string id) =>
        report.GetProperty("trades").EnumerateArray().Single(t => t.GetProperty("trade_id").GetString() == id);

    private static Dictionary<(string, string), decimal> Holdings(JsonElement view) =>
        view.GetProperty("positions").EnumerateArray()
            .ToDictionary(p => (p.GetProperty("account").GetString()!, p.GetProperty("symbol").GetString()!), p => p.GetProperty("qty").GetDecimal());
}

using PortfolioOrchestrator.Testing.Alpaca;

namespace PortfolioOrchestrator.Cli.Tests;

/// <summary>
/// CONTRACT §7: with <c>--broker alpaca</c> (one key is one Alpaca account) a run whose approved trades name
/// two accounts is bad input, exit 2, and the venue hears nothing: the sample's ROTH-1 sell must never land
/// in the account the key opens.
/// </summary>
public sealed class AlpacaOneKeyTests : IDisposable
{
    private readonly PoHarness _po = new();
    private readonly FakeAlpacaServer _alpaca = AlpacaSample.StartFake();

    public AlpacaOneKeyTests() => AlpacaSample.Point(_po, _alpaca);

    public void Dispose()
    {
        _alpaca.Dispose();
        _po.Dispose();
    }

    private string[] TwoAccountRun(params string[] extra) =>
    [
        "run", "--portfolio", _po.Sample("PORTFOLIO.md"), "--qa", _po.Sample("qa-report.json"),
        "--broker", "alpaca", "--now", AlpacaSample.Now, "--state", "state", .. extra,
    ];

    [Fact]
    public void Section7_one_alpaca_key_and_trades_for_two_accounts_is_exit_2_naming_the_accounts_and_nothing_is_sent()
    {
        var result = _po.Run(TwoAccountRun());

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("ROTH-1, TAXABLE-1", result.Error, StringComparison.Ordinal);
        Assert.Contains("--accounts", result.Error, StringComparison.Ordinal);
        Assert.Contains("qa-report.json", result.Error, StringComparison.Ordinal);
        Assert.False(result.HasStackTrace, result.ToString());
        Assert.Empty(_alpaca.Requests);
        Assert.False(Directory.Exists(Path.Combine(_po.Directory, "state", "runs")), "no run may be started");
    }

    [Fact]
    public void Section7_the_refusal_with_json_is_one_bad_input_object_whose_problem_names_the_field()
    {
        var result = _po.Run(TwoAccountRun("--json"));

        Assert.Equal(2, result.ExitCode);
        var error = result.Json.GetProperty("error");
        Assert.Equal("bad_input", error.GetProperty("kind").GetString());
        var problem = Assert.Single(error.GetProperty("problems").EnumerateArray());
        Assert.Equal("trades[*].account", problem.GetProperty("field").GetString());
        Assert.Contains("ROTH-1, TAXABLE-1", problem.GetProperty("got").GetString(), StringComparison.Ordinal);
        Assert.Empty(_alpaca.Requests);
    }

    [Fact]
    public void Section7_a_dry_run_is_refused_the_same_way_so_a_rehearsal_finds_it()
    {
        var result = _po.Run(TwoAccountRun("--dry-run"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--accounts", result.Error, StringComparison.Ordinal);
        Assert.Empty(_alpaca.Requests);
    }
}

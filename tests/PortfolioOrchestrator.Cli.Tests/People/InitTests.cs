namespace PortfolioOrchestrator.Cli.Tests.People;

/// <summary><c>po init [DIR]</c>: starting files that po accepts as written, never written over existing ones.</summary>
public sealed class InitTests : IDisposable
{
    private static readonly string[] Files = ["PORTFOLIO.md", "qa-report.json", "policy.json", "routing.json", "accounts.json"];
    private readonly PoHarness _po = new();

    public void Dispose() => _po.Dispose();

    [Fact]
    public void Init_writes_the_starting_files_and_po_validate_accepts_them_as_written()
    {
        var init = _po.Run("init", "start");

        Assert.True(init.ExitCode == 0, init.ToString());
        Assert.All(Files, f => Assert.True(File.Exists(Path.Combine(_po.Directory, "start", f)), f));
        var validate = _po.Run("validate", "--portfolio", "start/PORTFOLIO.md", "--qa", "start/qa-report.json", "--policy", "start/policy.json", "--json");
        Assert.True(validate.ExitCode == 0, validate.ToString());
        Assert.Equal("CURRENT", validate.Json.GetProperty("portfolio_state").GetString());
        Assert.Empty(validate.Json.GetProperty("warnings").EnumerateArray());
    }

    [Fact]
    public void Init_files_run_end_to_end_as_a_dry_run_with_the_routing_file()
    {
        Assert.Equal(0, _po.Run("init", "start").ExitCode);

        var run = _po.Run("run", "--portfolio", "start/PORTFOLIO.md", "--qa", "start/qa-report.json", "--policy", "start/policy.json", "--routing", "start/routing.json", "--dry-run", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.All(run.Json.GetProperty("trades").EnumerateArray(), t => Assert.Equal("EXECUTED", t.GetProperty("status").GetString()));
    }

    [Fact]
    public void Init_refuses_with_exit_2_when_a_file_exists_and_writes_nothing()
    {
        var kept = _po.Write("policy.json", "{ \"min_buffer\": 0.2 }");

        var init = _po.Run("init");

        Assert.Equal(2, init.ExitCode);
        Assert.Contains(kept, init.Error, StringComparison.Ordinal);
        Assert.Equal("{ \"min_buffer\": 0.2 }", File.ReadAllText(kept));
        Assert.False(File.Exists(Path.Combine(_po.Directory, "PORTFOLIO.md")));
    }
}

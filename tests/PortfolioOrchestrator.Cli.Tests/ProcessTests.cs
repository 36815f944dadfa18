namespace PortfolioOrchestrator.Cli.Tests;

/// <summary>The real `po` process: exit codes and clean stdout as a caller sees them.</summary>
public sealed class ProcessTests : IDisposable
{
    private readonly PoHarness _po = new();

    public void Dispose() => _po.Dispose();

    [Fact]
    public void Demo_exits_0_and_says_where_the_report_is()
    {
        var result = _po.RunProcess("demo");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("execution-report.md", result.Out);
    }

    [Fact]
    public void Run_with_json_prints_nothing_but_json_on_stdout()
    {
        var result = _po.RunProcess("run", "--portfolio", _po.Sample("PORTFOLIO.md"), "--qa", _po.Sample("qa-report.json"), "--now", "2026-11-24T13:40:00-05:00", "--json");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("COMPLETED", result.Json.GetProperty("status").GetString());
    }

    [Fact]
    public void Bad_input_exits_2_without_a_stack_trace()
    {
        var result = _po.RunProcess("run", "--portfolio", "missing.md", "--qa", "missing.json");
        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("   at ", result.Error);
    }
}

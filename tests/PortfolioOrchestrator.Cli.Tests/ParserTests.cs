using PortfolioOrchestrator.Application;
using PortfolioOrchestrator.Cli;

namespace PortfolioOrchestrator.Cli.Tests;

public sealed class ParserTests
{
    [Theory]
    [InlineData("demo")]
    [InlineData("validate --portfolio p.md --qa q.json --now 2026-11-24T13:40:00-05:00")]
    [InlineData("run --portfolio p.md --qa q.json --broker paper:s.json --out o --state s --dry-run --json --policy x.json")]
    [InlineData("status")]
    [InlineData("status R-1")]
    [InlineData("decide R-1-E1 approve --by MA --note ok")]
    [InlineData("resume R-1 --now 2026-11-24T13:40:00-05:00")]
    [InlineData("report R-1 --format json")]
    [InlineData("paper orders --json")]
    [InlineData("paper account --state somewhere")]
    public void Parser_configuration_is_valid(string line)
    {
        var environment = new PoEnvironment(TextWriter.Null, TextWriter.Null, new Dictionary<string, string?>(), TimeProvider.System, ".");
        var parsed = PoApplication.Build(environment).Parse(line.Split(' '));
        Assert.Empty(parsed.Errors);
    }

    [Fact]
    public void Unknown_verb_is_bad_input()
    {
        using var po = new PoHarness();
        var result = po.Run("explode");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("explode", result.Error);
    }

    [Fact]
    public void Decide_rejects_a_decision_other_than_approve_defer_halt()
    {
        using var po = new PoHarness();
        Assert.Equal(2, po.Run("decide", "X", "maybe", "--by", "MA").ExitCode);
    }

    [Fact]
    public void Every_verb_has_help()
    {
        using var po = new PoHarness();
        foreach (var verb in new[] { "demo", "validate", "run", "status", "decide", "resume", "report", "route", "monitor", "protect", "paper" })
        {
            var result = po.Run(verb, "--help");
            Assert.Equal(0, result.ExitCode);
            Assert.Contains("Usage", result.Out);
        }
    }
}

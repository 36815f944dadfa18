namespace PortfolioOrchestrator.Reliability.Tests.State;

/// <summary>A paper.db that is garbage is refused like a damaged journal: exit 2 naming the file, nothing sent, the file left alone.</summary>
public sealed class CorruptPaperVenueTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Garbage_bytes_in_paper_db_make_run_and_the_paper_verbs_exit_2_naming_the_file()
    {
        Directory.CreateDirectory(_workspace.State);
        var path = Path.Combine(_workspace.State, "paper.db");
        var garbage = new byte[16 * 1024];
        new Random(3).NextBytes(garbage);
        File.WriteAllBytes(path, garbage);
        var portfolio = _workspace.Write("portfolio.md", Workspace.Sample("PORTFOLIO.md"));
        var qa = _workspace.Write("qa.json", Workspace.Sample("qa-report.json"));

        foreach (var args in new[]
        {
            new[] { "run", "--portfolio", portfolio, "--qa", qa, "--now", "2026-11-24T13:40:00-05:00", "--state", _workspace.State },
            ["paper", "orders", "--state", _workspace.State, "--json"],
            ["paper", "account", "--state", _workspace.State],
        })
        {
            var result = _workspace.Po(args);
            Assert.True(result.ExitCode == 2, $"po {string.Join(' ', args)}: {result}");
            Assert.Contains("paper.db", result.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("internal error", result.Error, StringComparison.Ordinal);
            Assert.False(result.HasStackTrace, result.ToString());
        }

        Assert.Equal(garbage, File.ReadAllBytes(path));
        Assert.Equal("[]", _workspace.Po("status", "--state", _workspace.State, "--json").Out.Trim());
    }
}

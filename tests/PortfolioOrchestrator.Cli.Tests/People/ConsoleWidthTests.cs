using System.Text.RegularExpressions;

namespace PortfolioOrchestrator.Cli.Tests.People;

/// <summary>
/// What a person reads fits the terminal: at 80 and at 120 columns (<c>COLUMNS</c>) every table line fits the
/// width and no amount is split across lines. Lines a person copies (paths, commands) are printed whole.
/// </summary>
public sealed partial class ConsoleWidthTests : IDisposable
{
    private readonly PoHarness _po = new();

    public void Dispose() => _po.Dispose();

    [Theory]
    [InlineData(80)]
    [InlineData(120)]
    public void Tables_fit_the_console_width_and_never_split_an_amount(int columns)
    {
        _po.Variables["COLUMNS"] = columns.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var sample = new[] { "--portfolio", _po.Sample("PORTFOLIO.md"), "--qa", _po.Sample("qa-report.json"), "--now", QaFiles.SampleNow };
        var run = _po.Run(["run", .. sample, "--broker", "paper:" + _po.Sample("paper-script.json"), "--state", "state"]);
        var paused = _po.Run("run", "--portfolio", _po.Sample("PORTFOLIO.md"), "--qa", QaFiles.PausingOnTheFloor(_po), "--now", QaFiles.SampleNow, "--state", "floor");
        var runId = _po.Run("status", "--state", "floor", "--json").Json[0].GetProperty("run_id").GetString()!;
        var outputs = new Dictionary<string, PoResult>
        {
            ["run"] = run,
            ["paused run"] = paused,
            ["status"] = _po.Run("status", "--state", "floor"),
            ["status RUN_ID"] = _po.Run("status", runId, "--state", "floor"),
            ["validate"] = _po.Run(["validate", .. sample]),
            ["paper orders"] = _po.Run("paper", "orders", "--state", "state"),
        };

        Assert.Contains("$5,000.00", run.Out, StringComparison.Ordinal);
        foreach (var (verb, result) in outputs)
        {
            Assert.True(result.ExitCode is 0 or 3 or 4, $"{verb}: {result}");
            foreach (var line in result.Out.Split('\n').Select(l => l.TrimEnd('\r')))
            {
                if (line.Contains(_po.Directory, StringComparison.Ordinal))
                {
                    continue;
                }

                Assert.True(line.Length <= columns, $"{verb} at {columns} columns, a line of {line.Length}:\n{line}\n{result.Out}");
                foreach (Match dollar in Dollar().Matches(line))
                {
                    Assert.True(Amount().IsMatch(line[dollar.Index..]), $"{verb} at {columns} columns splits an amount:\n{line}\n{result.Out}");
                }
            }
        }
    }

    [GeneratedRegex(@"\$")]
    private static partial Regex Dollar();

    [GeneratedRegex(@"^\$\d{1,3}(,\d{3})*\.\d{2}")]
    private static partial Regex Amount();
}

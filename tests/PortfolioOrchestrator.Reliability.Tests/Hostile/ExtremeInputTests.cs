using System.Text;

namespace PortfolioOrchestrator.Reliability.Tests.Hostile;

/// <summary>
/// Extreme files through the real <c>po</c> process (a stack overflow or an out-of-memory would kill it,
/// not the test): tens of megabytes, nesting a million deep, devices, directories, broken encodings.
/// </summary>
public sealed class ExtremeInputTests : IDisposable
{
    private const int MiB = 1024 * 1024;

    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    public static TheoryData<string> Cases => [.. Builders.Keys];

    private static readonly Dictionary<string, Func<Workspace, (string Portfolio, string Qa, string? Script)>> Builders = new()
    {
        ["qa padded to 20 MiB of whitespace"] = w => (Sample(w, "PORTFOLIO.md"), w.Write("qa.json", Workspace.Sample("qa-report.json") + new string(' ', 20 * MiB)), null),
        ["qa of 40 MiB"] = w => (Sample(w, "PORTFOLIO.md"), w.Write("qa.json", Workspace.Sample("qa-report.json").Replace("\"report_id\"", "\"junk\": \"" + new string('x', 40 * MiB) + "\", \"report_id\"", StringComparison.Ordinal)), null),
        ["qa with a 10 MiB trade id"] = w => (Sample(w, "PORTFOLIO.md"), w.Write("qa.json", Workspace.Sample("qa-report.json").Replace("\"T-001\"", "\"" + new string('T', 10 * MiB) + "\"", StringComparison.Ordinal)), null),
        ["qa with 20,000 unapproved trades"] = w => (Sample(w, "PORTFOLIO.md"), w.Write("qa.json", ManyTrades(20_000)), null),
        ["qa nested a million arrays deep"] = w => (Sample(w, "PORTFOLIO.md"), w.Write("qa.json", "{ \"report_id\": \"X\", \"trades\": [], \"junk\": " + new string('[', 1_000_000) + new string(']', 1_000_000) + " }"), null),
        ["qa nested a million objects deep"] = w => (Sample(w, "PORTFOLIO.md"), w.Write("qa.json", string.Concat(Enumerable.Repeat("{\"a\":", 1_000_000)) + "1" + new string('}', 1_000_000)), null),
        ["qa is /dev/zero"] = w => (Sample(w, "PORTFOLIO.md"), "/dev/zero", null),
        ["qa is a directory"] = w => (Sample(w, "PORTFOLIO.md"), w.Directory, null),
        ["qa is empty"] = w => (Sample(w, "PORTFOLIO.md"), w.Write("qa.json", string.Empty), null),
        ["qa in UTF-16"] = w => (Sample(w, "PORTFOLIO.md"), WriteBytes(w, "qa.json", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Workspace.Sample("qa-report.json"))).ToArray()), null),
        ["qa with NaN, Infinity and 1e400 tokens"] = w => (Sample(w, "PORTFOLIO.md"), w.Write("qa.json", Workspace.Sample("qa-report.json").Replace("5000.00", "NaN", StringComparison.Ordinal).Replace("3000.00", "Infinity", StringComparison.Ordinal).Replace("4000.00", "1e400", StringComparison.Ordinal)), null),
        ["portfolio of 1 MiB random bytes"] = w => (WriteBytes(w, "portfolio.md", RandomBytes(MiB)), Sample(w, "qa-report.json"), null),
        ["portfolio with a million quote markers"] = w => (w.Write("portfolio.md", new string('>', 1_000_000) + "\n" + Workspace.Sample("PORTFOLIO.md")), Sample(w, "qa-report.json"), null),
        ["portfolio with 100,000 nested list lines"] = w => (w.Write("portfolio.md", Workspace.Sample("PORTFOLIO.md") + string.Concat(Enumerable.Range(0, 100_000).Select(i => new string(' ', i % 300) + "- x\n"))), Sample(w, "qa-report.json"), null),
        ["portfolio with 200,000 position rows"] = w => (w.Write("portfolio.md", ManyPositions(200_000)), Sample(w, "qa-report.json"), null),
        ["portfolio with NUL and invalid UTF-8 bytes"] = w => (WriteBytes(w, "portfolio.md", [.. Encoding.UTF8.GetBytes(Workspace.Sample("PORTFOLIO.md")).Select((b, i) => i % 97 == 0 ? (byte)0 : i % 89 == 0 ? (byte)0xC3 : b)]), Sample(w, "qa-report.json"), null),
        ["paper script of 20 MiB"] = w => (Sample(w, "PORTFOLIO.md"), Sample(w, "qa-report.json"), w.Write("script.json", "{ \"latency_ms\": 0 }" + new string('\n', 20 * MiB))),
        ["paper script nested a million deep"] = w => (Sample(w, "PORTFOLIO.md"), Sample(w, "qa-report.json"), w.Write("script.json", "{ \"tickers\": " + string.Concat(Enumerable.Repeat("{\"a\":", 1_000_000)) + "1" + new string('}', 1_000_001))),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void An_extreme_input_ends_in_0_2_3_or_4_without_a_stack_trace_or_an_order_on_bad_input(string name)
    {
        var (portfolio, qa, script) = Builders[name](_workspace);
        string[] args = ["run", "--portfolio", portfolio, "--qa", qa, "--now", HostileRunner.Now, "--state", _workspace.State, "--json"];
        if (script is not null)
        {
            args = [.. args, "--broker", "paper:" + script];
        }

        var problems = HostileRunner.Check(_workspace, args, childProcess: true);
        Assert.True(problems.Count == 0, $"{name}:\n{string.Join('\n', problems)}");
    }

    private static string Sample(Workspace workspace, string name) => workspace.Write(name, Workspace.Sample(name));

    private static string WriteBytes(Workspace workspace, string name, byte[] bytes)
    {
        var path = Path.Combine(workspace.Directory, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(count).NextBytes(bytes);
        return bytes;
    }

    private static string ManyTrades(int count)
    {
        var trades = Enumerable.Range(0, count).Select(i =>
            $$"""{ "trade_id": "N-{{i}}", "ticker": "NVDA", "side": "BUY", "size_dollars": 100, "gate": "REVISE_AND_RESUBMIT", "last_known_price": 181.40 }""");
        return $$"""{ "report_id": "QA-MANY", "generated_at": "2026-11-24T13:35:00-05:00", "trades": [ {{string.Join(",\n", trades)}} ] }""";
    }

    private static string ManyPositions(int count)
    {
        var sample = Workspace.Sample("PORTFOLIO.md");
        var rows = string.Concat(Enumerable.Range(0, count).Select(i => $"| P{i % 100000} | TAXABLE-1 | Technology | 1 | 1.00 | $1.00 |\n"));
        return sample.Replace("| JPM | ROTH-1 | Financials | 300 | 226.00 | $67,800.00 |\n", "| JPM | ROTH-1 | Financials | 300 | 226.00 | $67,800.00 |\n" + rows, StringComparison.Ordinal);
    }
}

using System.Text;
using PortfolioOrchestrator.Testing.Alpaca;

namespace PortfolioOrchestrator.Cli.Tests;

/// <summary>CONTRACT §2: the Alpaca key and secret never appear in output, logs, reports, routed messages or the journal.</summary>
public sealed class AlpacaSecretsTests : IDisposable
{
    private const string KeyId = "PKSECRETTESTKEYID4242";
    private const string Secret = "sEcReT-never-to-be-written-0123456789abcdef";

    private readonly PoHarness _po = new();
    private readonly FakeAlpacaServer _alpaca = AlpacaSample.StartFake(KeyId, Secret);

    public AlpacaSecretsTests() => AlpacaSample.Point(_po, _alpaca);

    public void Dispose()
    {
        _alpaca.Dispose();
        _po.Dispose();
    }

    [Fact]
    public void Neither_key_appears_in_any_output_or_any_file_of_the_state_directory()
    {
        // A rejection (Alpaca's message travels into the report), a lost answer (an error travels into the
        // journal) and a partial fill, then every verb that prints a run.
        _alpaca.SetSymbol("MSFT", new FakeSymbolBehaviour(410m, FakeFillMode.Reject) { RejectMessage = "asset \"MSFT\" is not tradable" });
        _alpaca.SetSymbol("AMD", new FakeSymbolBehaviour(142.10m, FakeFillMode.Progressive) { FillRatio = 0.85m, CancelsRest = true });
        _alpaca.DropNextOrderResponses(1);
        var results = new List<PoResult> { _po.Run(AlpacaSample.RunArguments(_po)) };
        Assert.True(results[0].ExitCode == 3, results[0].ToString());
        var runId = results[0].Json.GetProperty("run_id").GetString()!;
        results.Add(_po.Run("status", "--state", "state"));
        results.Add(_po.Run("status", runId, "--state", "state", "--json"));
        results.Add(_po.Run("report", runId, "--state", "state"));
        results.Add(_po.Run("report", runId, "--format", "json", "--state", "state"));
        results.Add(_po.Run([.. AlpacaSample.RunArguments(_po).Where(a => a != "--json")]));

        // And the failures: a refused clock read and a missing key.
        _alpaca.FailNext(1, 401, "GET", "/v2/clock");
        results.Add(_po.Run(AlpacaSample.RunArguments(_po)));
        _po.Variables.Remove("APCA_API_KEY_ID");
        results.Add(_po.Run(AlpacaSample.RunArguments(_po)));

        foreach (var result in results)
        {
            AssertClean(result.Out, "stdout");
            AssertClean(result.Error, "stderr");
        }

        var files = Directory.GetFiles(_po.Directory, "*", SearchOption.AllDirectories);
        Assert.Contains(files, f => f.EndsWith("execution-report.md", StringComparison.Ordinal));
        Assert.Contains(files, f => Path.GetFileName(f).StartsWith("to-", StringComparison.Ordinal));
        foreach (var file in files)
        {
            AssertClean(File.ReadAllBytes(file), file);
        }
    }

    private static void AssertClean(string text, string where)
    {
        Assert.False(text.Contains(KeyId, StringComparison.Ordinal), $"the key id appears in {where}");
        Assert.False(text.Contains(Secret, StringComparison.Ordinal), $"the secret appears in {where}");
    }

    private static void AssertClean(byte[] bytes, string where)
    {
        foreach (var encoding in new Encoding[] { Encoding.UTF8, Encoding.Unicode })
        {
            Assert.False(Contains(bytes, encoding.GetBytes(KeyId)), $"the key id appears in {where} ({encoding.WebName})");
            Assert.False(Contains(bytes, encoding.GetBytes(Secret)), $"the secret appears in {where} ({encoding.WebName})");
        }
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}

using System.Reflection;
using System.Text;
using PortfolioOrchestrator.Cli;
using PortfolioOrchestrator.Domain.Journal;

namespace PortfolioOrchestrator.Cli.Tests;

/// <summary>The shipped <c>po</c> carries no test hook: crash injection lives only in the crash host under tests/.</summary>
public sealed class ShippedPoTests : IDisposable
{
    private readonly PoHarness _po = new();

    public void Dispose() => _po.Dispose();

    private static Assembly Po => typeof(PoApplication).Assembly;

    /// <summary>po.dll and every product assembly it loads from this build.</summary>
    public static TheoryData<string> ProductAssemblies()
    {
        var data = new TheoryData<string> { Po.GetName().Name! };
        foreach (var name in Po.GetReferencedAssemblies().Where(a => a.Name!.StartsWith("PortfolioOrchestrator.", StringComparison.Ordinal)))
        {
            data.Add(name.Name!);
        }

        return data;
    }

    [Fact]
    public void The_po_assembly_defines_no_journal_and_no_crash_type()
    {
        var types = Po.GetTypes();

        Assert.DoesNotContain(types, t => typeof(IJournal).IsAssignableFrom(t));
        Assert.DoesNotContain(types, t => t.FullName!.Contains("Crash", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_po_assembly_references_no_test_assembly()
    {
        Assert.DoesNotContain(Po.GetReferencedAssemblies(), a => a.Name!.Contains("Testing", StringComparison.Ordinal) || a.Name == "po-crash-host");
    }

    [Theory]
    [MemberData(nameof(ProductAssemblies))]
    public void No_product_assembly_holds_the_crash_variable_name(string assembly)
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, assembly + ".dll"));

        Assert.False(Holds(bytes, PoProcess.CrashAfterCommitsVariable), $"{assembly}.dll names {PoProcess.CrashAfterCommitsVariable}");
        Assert.False(Holds(bytes, PoProcess.CrashAfterVenueCallsVariable), $"{assembly}.dll names {PoProcess.CrashAfterVenueCallsVariable}");
    }

    [Fact]
    public void The_crash_host_holds_the_crash_variable_name_so_the_search_can_find_it()
    {
        Assert.True(Holds(File.ReadAllBytes(PoProcess.CrashHostDll), PoProcess.CrashAfterCommitsVariable));
        Assert.True(Holds(File.ReadAllBytes(PoProcess.CrashHostDll), PoProcess.CrashAfterVenueCallsVariable));
    }

    [Fact]
    public void The_shipped_po_runs_to_its_end_with_the_crash_variable_set()
    {
        _po.Variables[PoProcess.CrashAfterCommitsVariable] = "1";
        _po.Variables[PoProcess.CrashAfterVenueCallsVariable] = "1";

        var result = _po.RunProcess("run", "--portfolio", _po.Sample("PORTFOLIO.md"), "--qa", _po.Sample("qa-report.json"), "--now", "2026-11-24T13:40:00-05:00", "--state", "state", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("COMPLETED", result.Json.GetProperty("status").GetString());
    }

    [Fact]
    public void The_crash_host_dies_right_after_the_first_commit()
    {
        var result = PoProcess.RunCrashingAfterCommits(_po.Directory, null, 1, "run", "--portfolio", _po.Sample("PORTFOLIO.md"), "--qa", _po.Sample("qa-report.json"), "--now", "2026-11-24T13:40:00-05:00", "--state", "state", "--json");

        Assert.True(result.ExitCode == PoProcess.Killed, result.ToString());
        Assert.Equal(1, _po.Run("status", "--state", "state", "--json").Json.GetArrayLength());
    }

    /// <summary>As a metadata string (UTF-16) or a UTF-8 literal.</summary>
    private static bool Holds(byte[] bytes, string text) =>
        bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(text)) >= 0 || bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;
}

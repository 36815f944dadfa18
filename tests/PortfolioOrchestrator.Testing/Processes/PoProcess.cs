using System.Diagnostics;
using System.Globalization;

namespace PortfolioOrchestrator.Testing.Processes;

/// <summary>
/// Starts a built <c>po</c> as a real child process in a working folder: the shipped <c>po.dll</c>, or the
/// crash host (<c>po-crash-host.dll</c>, tests only) that composes the same command line with a journal
/// that kills the process right after its Nth durable commit, or venues that kill it right after their Nth call.
/// </summary>
public static class PoProcess
{
    /// <summary>The exit code of a process ended by SIGKILL (128 + 9).</summary>
    public const int Killed = 137;

    /// <summary>The variable the crash host reads: kill the process right after this many journal commits.</summary>
    public const string CrashAfterCommitsVariable = "PO_CRASH_AFTER_COMMITS";

    /// <summary>The variable the crash host reads: kill the process right after this many calls to its venues.</summary>
    public const string CrashAfterVenueCallsVariable = "PO_CRASH_AFTER_VENUE_CALLS";

    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    /// <summary>The shipped command line, as built beside the test assembly.</summary>
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "po.dll");

    /// <summary>The crash host, as built beside the test assembly of a project that references it.</summary>
    public static string CrashHostDll => Path.Combine(AppContext.BaseDirectory, "po-crash-host.dll");

    public static PoResult Run(string workingDirectory, IReadOnlyDictionary<string, string?>? variables, params string[] args) =>
        Start(Dll, workingDirectory, variables, args).WaitForExit();

    /// <summary>Runs the crash host, which SIGKILLs itself right after the journal's <paramref name="commits"/>th commit.</summary>
    public static PoResult RunCrashingAfterCommits(string workingDirectory, IReadOnlyDictionary<string, string?>? variables, int commits, params string[] args)
    {
        var withCrash = new Dictionary<string, string?>(variables ?? new Dictionary<string, string?>(), StringComparer.Ordinal)
        {
            [CrashAfterCommitsVariable] = commits.ToString(CultureInfo.InvariantCulture),
        };
        return Start(CrashHostDll, workingDirectory, withCrash, args).WaitForExit();
    }

    /// <summary>Runs the crash host, which SIGKILLs itself right after its venues' <paramref name="calls"/>th call.</summary>
    public static PoResult RunCrashingAfterVenueCalls(string workingDirectory, IReadOnlyDictionary<string, string?>? variables, int calls, params string[] args)
    {
        var withCrash = new Dictionary<string, string?>(variables ?? new Dictionary<string, string?>(), StringComparer.Ordinal)
        {
            [CrashAfterVenueCallsVariable] = calls.ToString(CultureInfo.InvariantCulture),
        };
        return Start(CrashHostDll, workingDirectory, withCrash, args).WaitForExit();
    }

    public static RunningPo Start(string workingDirectory, IReadOnlyDictionary<string, string?>? variables, params string[] args) =>
        Start(Dll, workingDirectory, variables, args);

    private static RunningPo Start(string dll, string workingDirectory, IReadOnlyDictionary<string, string?>? variables, string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("PO_DEBUG");
        start.Environment.Remove(CrashAfterCommitsVariable);
        start.Environment.Remove(CrashAfterVenueCallsVariable);
        foreach (var (name, value) in variables ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        return new RunningPo(Process.Start(start)!, Limit);
    }
}

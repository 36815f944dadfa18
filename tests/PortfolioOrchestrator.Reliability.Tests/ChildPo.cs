using System.Diagnostics;

namespace PortfolioOrchestrator.Reliability.Tests;

/// <summary>Starts the built <c>po.dll</c> as a real child process in a working folder, with extra environment variables.</summary>
public static class ChildPo
{
    /// <summary>The exit code of a process ended by SIGKILL (128 + 9).</summary>
    public const int Killed = 137;

    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    public static string Dll => Path.Combine(AppContext.BaseDirectory, "po.dll");

    public static PoResult Run(string workingDirectory, IReadOnlyDictionary<string, string>? variables, params string[] args) =>
        Start(workingDirectory, variables, args).WaitForExit();

    public static RunningPo Start(string workingDirectory, IReadOnlyDictionary<string, string>? variables, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("PO_DEBUG");
        start.Environment.Remove("PO_CRASH_AFTER_COMMITS");
        foreach (var (name, value) in variables ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return new RunningPo(Process.Start(start)!, Limit);
    }
}

/// <summary>A started <c>po</c>: its output is drained as it comes so a full pipe never blocks it.</summary>
public sealed class RunningPo(Process process, TimeSpan limit)
{
    private readonly Task<string> _out = process.StandardOutput.ReadToEndAsync();
    private readonly Task<string> _error = process.StandardError.ReadToEndAsync();

    public bool HasExited => process.HasExited;

    /// <summary>SIGKILLs the process if it still runs; true when it was still running.</summary>
    public bool Kill()
    {
        try
        {
            if (process.HasExited)
            {
                return false;
            }

            process.Kill(entireProcessTree: true);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    public PoResult WaitForExit()
    {
        using (process)
        {
            if (!process.WaitForExit(limit))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"po did not finish in {limit.TotalMinutes} minutes");
            }

            process.WaitForExit();
            return new PoResult(process.ExitCode, _out.Result, _error.Result);
        }
    }
}

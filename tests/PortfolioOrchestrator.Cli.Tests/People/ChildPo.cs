using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace PortfolioOrchestrator.Cli.Tests.People;

/// <summary>
/// The built <c>po.dll</c> as a real child process whose stderr is read line by line as it comes, so a test
/// can wait for a moment of the run and send it a real signal.
/// </summary>
public sealed class ChildPo : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _errorLines = new();
    private readonly Task<string> _out;
    private readonly TaskCompletionSource _errorDone = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ChildPo(Process process)
    {
        _process = process;
        _process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is null)
            {
                _errorDone.TrySetResult();
            }
            else
            {
                _errorLines.Enqueue(line.Data);
            }
        };
        _process.BeginErrorReadLine();
        _out = _process.StandardOutput.ReadToEndAsync();
    }

    public static ChildPo Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "po.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Start(start);
    }

    /// <summary>
    /// Starts po through <c>/bin/sh</c> with no file allowed to grow past <paramref name="kilobytes"/>
    /// (<c>ulimit -f</c>, SIGXFSZ ignored): a write past it fails as on a full disk.
    /// </summary>
    public static ChildPo StartWithFileSizeLimit(string workingDirectory, int kilobytes, params string[] args)
    {
        var start = new ProcessStartInfo("/bin/sh")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"trap '' XFSZ; ulimit -f {kilobytes * 2}; exec dotnet \"$0\" \"$@\"");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "po.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The runtime's double-mapped code heap is a file of its own; it must not meet the limit.
        start.Environment["DOTNET_EnableWriteXorExecute"] = "0";
        return Start(start);
    }

    private static ChildPo Start(ProcessStartInfo start)
    {
        start.Environment.Remove("PO_DEBUG");
        start.Environment.Remove("PO_CRASH_AFTER_COMMITS");
        return new ChildPo(Process.Start(start)!);
    }

    /// <summary>Waits until a line of stderr satisfies <paramref name="seen"/>; false if the process ended first or time ran out.</summary>
    public bool WaitForError(Func<string, bool> seen, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < limit)
        {
            if (_errorLines.Any(seen))
            {
                return true;
            }

            if (_process.HasExited)
            {
                return _errorLines.Any(seen);
            }

            Thread.Sleep(20);
        }

        return false;
    }

    /// <summary>Sends a real POSIX signal (SIGINT 2, SIGTERM 15) to the process.</summary>
    public void Signal(int signal)
    {
        if (Kill(_process.Id, signal) != 0)
        {
            throw new InvalidOperationException($"kill({_process.Id}, {signal}) failed: errno {Marshal.GetLastPInvokeError()}");
        }
    }

    public PoResult WaitForExit(TimeSpan limit)
    {
        if (!_process.WaitForExit(limit))
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"po did not end within {limit}");
        }

        _process.WaitForExit();
        _errorDone.Task.Wait(TimeSpan.FromSeconds(10));
        return new PoResult(_process.ExitCode, _out.Result, string.Join('\n', _errorLines));
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Kill(int pid, int signal);
}

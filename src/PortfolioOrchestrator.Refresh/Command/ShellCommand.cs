using System.ComponentModel;
using System.Diagnostics;
using PortfolioOrchestrator.Refresh.Watching;

namespace PortfolioOrchestrator.Refresh.Command;

/// <summary>
/// A command run through <c>/bin/sh -c</c> in a process group of its own (<c>setsid</c>), its stdin closed,
/// its stdout discarded (it must never reach po's stdout, which may be JSON or an MCP stream) and the tail
/// of its stderr kept. <see cref="StopAsync"/> ends the command and everything it started. Where
/// <c>setsid</c> is missing, the command's process tree is killed instead.
/// </summary>
public sealed class ShellCommand : IDisposable
{
    public const string Shell = "/bin/sh";

    private static readonly string? Setsid = new[] { "/usr/bin/setsid", "/bin/setsid" }.FirstOrDefault(File.Exists);

    private readonly Process _process;
    private readonly bool _ownGroup;

    private ShellCommand(Process process, bool ownGroup)
    {
        _process = process;
        _ownGroup = ownGroup;
    }

    /// <summary>The last lines the command wrote to stderr.</summary>
    public OutputTail Errors { get; } = new();

    public int ProcessId => _process.Id;

    /// <summary>
    /// Running while the shell, or anything it started in its group, runs (a command may leave a child to
    /// write the file); failed as soon as the shell exits non-zero.
    /// </summary>
    public PartyState State => !_process.HasExited ? PartyState.Running
        : _process.ExitCode != 0 ? PartyState.ExitedWithError
        : _ownGroup && ProcessGroup.IsAlive(_process.Id) ? PartyState.Running
        : PartyState.ExitedSuccessfully;

    /// <summary>The exit code once the shell has exited; null while it runs.</summary>
    public int? ExitCode => _process.HasExited ? _process.ExitCode : null;

    /// <summary>Starts <paramref name="command"/>; <paramref name="variables"/> are set (a null value unsets) on top of this process's environment.</summary>
    /// <exception cref="InvalidOperationException">The shell cannot be started (it is missing, or not allowed).</exception>
    public static ShellCommand Start(string command, IEnumerable<KeyValuePair<string, string?>> variables, string workingDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(command);
        ArgumentNullException.ThrowIfNull(variables);
        var start = new ProcessStartInfo(Setsid ?? Shell)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        if (Setsid is not null)
        {
            start.ArgumentList.Add(Shell);
        }

        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        foreach (var (name, value) in variables)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        var process = new Process { StartInfo = start };
        var shell = new ShellCommand(process, Setsid is not null);
        process.ErrorDataReceived += (_, line) => shell.Errors.Add(line.Data);
        process.OutputDataReceived += (_, _) => { };
        try
        {
            process.Start();
        }
        catch (Exception exception) when (exception is Win32Exception or InvalidOperationException or PlatformNotSupportedException)
        {
            process.Dispose();
            throw new InvalidOperationException($"could not start {Shell} ({exception.Message})", exception);
        }

        process.StandardInput.Close();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return shell;
    }

    /// <summary>
    /// Ends the command and whatever it started, if anything is left: SIGTERM to its process group, SIGKILL
    /// after <paramref name="grace"/>; then waits (at most <paramref name="grace"/> again) for its output to drain.
    /// </summary>
    public async Task StopAsync(TimeSpan grace, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (_ownGroup)
        {
            if (ProcessGroup.Terminate(_process.Id))
            {
                var start = clock.GetTimestamp();
                while (ProcessGroup.IsAlive(_process.Id) && clock.GetElapsedTime(start) < grace)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(20), clock).ConfigureAwait(false);
                }

                ProcessGroup.Kill(_process.Id);
            }
        }
        else if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        using var drained = new CancellationTokenSource(grace, clock);
        try
        {
            await _process.WaitForExitAsync(drained.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (drained.IsCancellationRequested)
        {
            // Output still held open by something outside the group; what was read is kept.
        }
    }

    public void Dispose() => _process.Dispose();
}

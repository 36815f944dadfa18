using System.Diagnostics;

namespace PortfolioOrchestrator.Journal.Tests.Fixtures;

/// <summary>Another OS process running <see cref="LockHolderProgram"/> from this test assembly.</summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly Process _process;

    private ChildProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public static ChildProcess Start(string verb, string stateDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add(typeof(LockHolderProgram).Assembly.Location);
        start.ArgumentList.Add(verb);
        start.ArgumentList.Add(stateDirectory);
        return new ChildProcess(Process.Start(start) ?? throw new InvalidOperationException("The child process did not start."));
    }

    /// <summary>The child's first line: <c>locked</c> or <c>refused: …</c>. Blocks until it writes one.</summary>
    public string ReadFirstLine() =>
        _process.StandardOutput.ReadLine() ?? throw new InvalidOperationException("The child ended without a word: " + _process.StandardError.ReadToEnd());

    /// <summary>SIGKILL on Unix: the child gets no chance to clean up.</summary>
    public void KillHard()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public int WaitForExitCode()
    {
        _process.WaitForExit();
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            KillHard();
        }

        _process.Dispose();
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
}

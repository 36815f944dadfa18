using System.Diagnostics;

namespace PortfolioOrchestrator.Testing.Processes;

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

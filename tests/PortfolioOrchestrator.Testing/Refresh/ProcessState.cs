using System.Diagnostics;

namespace PortfolioOrchestrator.Testing.Refresh;

/// <summary>Whether an OS process still runs; one that exited but was not reaped yet (a zombie) does not.</summary>
public static class ProcessState
{
    public static bool IsRunning(int pid)
    {
        if (Directory.Exists("/proc"))
        {
            try
            {
                var stat = File.ReadAllText($"/proc/{pid}/stat");
                return stat[(stat.LastIndexOf(')') + 2)..][0] is not ('Z' or 'X');
            }
            catch (IOException)
            {
                return false;
            }
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}

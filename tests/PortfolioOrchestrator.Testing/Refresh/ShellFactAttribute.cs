using Xunit;

namespace PortfolioOrchestrator.Testing.Refresh;

/// <summary>A fact that runs real child processes through <c>/bin/sh</c>; skipped, never passed, where there is none.</summary>
public sealed class ShellFactAttribute : FactAttribute
{
    public ShellFactAttribute()
    {
        if (!File.Exists("/bin/sh"))
        {
            Skip = "needs /bin/sh to run a refresh command";
        }
    }
}

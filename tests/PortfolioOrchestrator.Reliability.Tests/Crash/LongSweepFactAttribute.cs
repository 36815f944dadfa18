namespace PortfolioOrchestrator.Reliability.Tests.Crash;

/// <summary>A fact that runs only with <c>PO_LONG_SWEEP=1</c> (scripts/crash-sweep.sh sets it).</summary>
public sealed class LongSweepFactAttribute : FactAttribute
{
    public LongSweepFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("PO_LONG_SWEEP") != "1")
        {
            Skip = "long crash sweep: set PO_LONG_SWEEP=1 or run scripts/crash-sweep.sh";
        }
    }
}

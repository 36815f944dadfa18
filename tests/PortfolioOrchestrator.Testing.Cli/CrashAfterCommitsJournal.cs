using System.Diagnostics;
using PortfolioOrchestrator.Domain.Journal;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Testing.Journal;

namespace PortfolioOrchestrator.Testing.Cli;

/// <summary>Kills the process, without any cleanup, right after the inner journal's Nth durable commit.</summary>
public sealed class CrashAfterCommitsJournal(IJournal inner, int commits) : ForwardingJournal(inner)
{
    private int _count;

    public override async Task CreateRunAsync(RunSnapshot run, CancellationToken cancellationToken)
    {
        await base.CreateRunAsync(run, cancellationToken);
        Count();
    }

    public override async Task CommitAsync(JournalBatch batch, CancellationToken cancellationToken)
    {
        await base.CommitAsync(batch, cancellationToken);
        Count();
    }

    private void Count()
    {
        if (Interlocked.Increment(ref _count) >= commits)
        {
            Process.GetCurrentProcess().Kill();
        }
    }
}

using System.Diagnostics;
using PortfolioOrchestrator.Domain.Journal;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.CrashHost;

/// <summary>Kills the process, without any cleanup, right after the inner journal's Nth durable commit.</summary>
public sealed class CrashAfterCommitsJournal(IJournal inner, int commits) : IJournal
{
    private int _count;

    public async Task CreateRunAsync(RunSnapshot run, CancellationToken cancellationToken)
    {
        await inner.CreateRunAsync(run, cancellationToken);
        Count();
    }

    public async Task CommitAsync(JournalBatch batch, CancellationToken cancellationToken)
    {
        await inner.CommitAsync(batch, cancellationToken);
        Count();
    }

    public Task<RunSnapshot?> LoadRunAsync(RunId runId, CancellationToken cancellationToken) => inner.LoadRunAsync(runId, cancellationToken);

    public Task<IReadOnlyList<RunHeader>> ListRunsAsync(CancellationToken cancellationToken) => inner.ListRunsAsync(cancellationToken);

    public Task<int> CountRunsForReportAsync(string reportId, CancellationToken cancellationToken) => inner.CountRunsForReportAsync(reportId, cancellationToken);

    public Task<IReadOnlyList<(RunId RunId, TradeExecution Trade)>> FindTradeHistoryAsync(string reportId, TradeId tradeId, CancellationToken cancellationToken) =>
        inner.FindTradeHistoryAsync(reportId, tradeId, cancellationToken);

    public Task<RunId?> FindRunOfEscalationAsync(EscalationId escalationId, CancellationToken cancellationToken) => inner.FindRunOfEscalationAsync(escalationId, cancellationToken);

    public Task<IReadOnlyList<JournalEvent>> ReadEventsAsync(RunId runId, CancellationToken cancellationToken) => inner.ReadEventsAsync(runId, cancellationToken);

    private void Count()
    {
        if (Interlocked.Increment(ref _count) >= commits)
        {
            Process.GetCurrentProcess().Kill();
        }
    }
}

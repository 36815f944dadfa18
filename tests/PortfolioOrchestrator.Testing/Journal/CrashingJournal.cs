using PortfolioOrchestrator.Domain.Journal;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Testing.Journal;

/// <summary>
/// Wraps a journal and dies (throws <see cref="SimulatedCrashException"/>) at its <c>crashAt</c>th commit,
/// counting from 1, just after or just before writing it. Reads pass through.
/// </summary>
public sealed class CrashingJournal(IJournal inner, int crashAt, CrashMoment moment = CrashMoment.AfterCommit) : IJournal
{
    /// <summary>Commits attempted through this journal.</summary>
    public int Commits { get; private set; }

    public bool Crashed { get; private set; }

    public Task CreateRunAsync(RunSnapshot run, CancellationToken cancellationToken) => inner.CreateRunAsync(run, cancellationToken);

    public async Task CommitAsync(JournalBatch batch, CancellationToken cancellationToken)
    {
        Commits++;
        if (Commits == crashAt && moment == CrashMoment.BeforeCommit)
        {
            Crash();
        }

        await inner.CommitAsync(batch, cancellationToken);
        if (Commits == crashAt)
        {
            Crash();
        }
    }

    public Task<RunSnapshot?> LoadRunAsync(RunId runId, CancellationToken cancellationToken) => inner.LoadRunAsync(runId, cancellationToken);

    public Task<IReadOnlyList<RunHeader>> ListRunsAsync(CancellationToken cancellationToken) => inner.ListRunsAsync(cancellationToken);

    public Task<int> CountRunsForReportAsync(string reportId, CancellationToken cancellationToken) => inner.CountRunsForReportAsync(reportId, cancellationToken);

    public Task<IReadOnlyList<(RunId RunId, TradeExecution Trade)>> FindTradeHistoryAsync(string reportId, TradeId tradeId, CancellationToken cancellationToken) =>
        inner.FindTradeHistoryAsync(reportId, tradeId, cancellationToken);

    public Task<RunId?> FindRunOfEscalationAsync(EscalationId escalationId, CancellationToken cancellationToken) => inner.FindRunOfEscalationAsync(escalationId, cancellationToken);

    public Task<IReadOnlyList<JournalEvent>> ReadEventsAsync(RunId runId, CancellationToken cancellationToken) => inner.ReadEventsAsync(runId, cancellationToken);

    private void Crash()
    {
        Crashed = true;
        throw new SimulatedCrashException($"crashed {(moment == CrashMoment.AfterCommit ? "after" : "before")} commit {crashAt}");
    }
}

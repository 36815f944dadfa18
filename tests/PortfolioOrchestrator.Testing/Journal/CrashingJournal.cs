using PortfolioOrchestrator.Domain.Journal;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Testing.Journal;

/// <summary>
/// Wraps a journal and dies (throws <see cref="SimulatedCrashException"/>) at its <c>crashAt</c>th commit,
/// counting from 1, or at the first commit matching a condition, just after or just before writing it.
/// Reads pass through.
/// </summary>
public sealed class CrashingJournal(IJournal inner, int crashAt, CrashMoment moment = CrashMoment.AfterCommit) : IJournal
{
    private Func<JournalBatch, bool>? _condition;

    /// <summary>Dies at the first commit for which <paramref name="condition"/> holds.</summary>
    public static CrashingJournal When(IJournal inner, Func<JournalBatch, bool> condition, CrashMoment moment = CrashMoment.AfterCommit) =>
        new(inner, int.MaxValue, moment) { _condition = condition };

    /// <summary>Commits attempted through this journal.</summary>
    public int Commits { get; private set; }

    public bool Crashed { get; private set; }

    public Task CreateRunAsync(RunSnapshot run, CancellationToken cancellationToken) => inner.CreateRunAsync(run, cancellationToken);

    public async Task CommitAsync(JournalBatch batch, CancellationToken cancellationToken)
    {
        Commits++;
        var due = !Crashed && (Commits == crashAt || (_condition?.Invoke(batch) ?? false));
        if (due && moment == CrashMoment.BeforeCommit)
        {
            Crash();
        }

        await inner.CommitAsync(batch, cancellationToken);
        if (due)
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
        throw new SimulatedCrashException($"crashed {(moment == CrashMoment.AfterCommit ? "after" : "before")} commit {Commits}");
    }
}

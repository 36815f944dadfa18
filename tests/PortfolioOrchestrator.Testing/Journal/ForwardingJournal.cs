using PortfolioOrchestrator.Domain.Journal;
using PortfolioOrchestrator.Domain.Positions;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Testing.Journal;

/// <summary>A journal that passes every call to <paramref name="inner"/>; fault-injecting journals override the writes.</summary>
public abstract class ForwardingJournal(IJournal inner) : IJournal
{
    public virtual Task CreateRunAsync(RunSnapshot run, CancellationToken cancellationToken) => inner.CreateRunAsync(run, cancellationToken);

    public virtual Task CommitAsync(JournalBatch batch, CancellationToken cancellationToken) => inner.CommitAsync(batch, cancellationToken);

    public Task<RunSnapshot?> LoadRunAsync(RunId runId, CancellationToken cancellationToken) => inner.LoadRunAsync(runId, cancellationToken);

    public Task<IReadOnlyList<RunHeader>> ListRunsAsync(CancellationToken cancellationToken) => inner.ListRunsAsync(cancellationToken);

    public Task<int> CountRunsForReportAsync(string reportId, CancellationToken cancellationToken) => inner.CountRunsForReportAsync(reportId, cancellationToken);

    public Task<IReadOnlyList<(RunId RunId, TradeExecution Trade)>> FindTradeHistoryAsync(string reportId, TradeId tradeId, CancellationToken cancellationToken) =>
        inner.FindTradeHistoryAsync(reportId, tradeId, cancellationToken);

    public Task<RunId?> FindRunOfEscalationAsync(EscalationId escalationId, CancellationToken cancellationToken) => inner.FindRunOfEscalationAsync(escalationId, cancellationToken);

    public Task<IReadOnlyList<JournalEvent>> ReadEventsAsync(RunId runId, CancellationToken cancellationToken) => inner.ReadEventsAsync(runId, cancellationToken);

    public Task<PositionLots> LoadPositionLotsAsync(AccountId account, Ticker ticker, CancellationToken cancellationToken) =>
        inner.LoadPositionLotsAsync(account, ticker, cancellationToken);

    public Task<IReadOnlyList<PositionLots>> ListPositionLotsAsync(CancellationToken cancellationToken) => inner.ListPositionLotsAsync(cancellationToken);
}

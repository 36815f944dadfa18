using PortfolioOrchestrator.Domain.Positions;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Domain.Journal;

/// <summary>
/// The durable record of runs. Every commit is atomic and durable before it returns: the engine commits
/// the intent to submit an order before calling the broker; the outcome goes with the next trade's intent
/// or where the run stops (docs/journal.md, <i>One durable commit per trade</i>).
/// </summary>
public interface IJournal
{
    /// <summary>Records a new run with its inputs and initial trades. Fails if the run id exists.</summary>
    Task CreateRunAsync(RunSnapshot run, CancellationToken cancellationToken);

    Task CommitAsync(JournalBatch batch, CancellationToken cancellationToken);

    Task<RunSnapshot?> LoadRunAsync(RunId runId, CancellationToken cancellationToken);

    /// <summary>All runs' headers, oldest first.</summary>
    Task<IReadOnlyList<RunHeader>> ListRunsAsync(CancellationToken cancellationToken);

    /// <summary>How many runs this QA report has had (for numbering the next).</summary>
    Task<int> CountRunsForReportAsync(string reportId, CancellationToken cancellationToken);

    /// <summary>Every earlier record of a trade of a report, across all runs, oldest first (CONTRACT Resolution 11).</summary>
    Task<IReadOnlyList<(RunId RunId, TradeExecution Trade)>> FindTradeHistoryAsync(string reportId, TradeId tradeId, CancellationToken cancellationToken);

    /// <summary>The run an escalation belongs to, or null.</summary>
    Task<RunId?> FindRunOfEscalationAsync(EscalationId escalationId, CancellationToken cancellationToken);

    Task<IReadOnlyList<JournalEvent>> ReadEventsAsync(RunId runId, CancellationToken cancellationToken);

    /// <summary>
    /// The lots the product protects of one (account, ticker), across runs, oldest first (CONTRACT
    /// Resolution 15); a position with no lots when the journal has none.
    /// </summary>
    Task<PositionLots> LoadPositionLotsAsync(AccountId account, Ticker ticker, CancellationToken cancellationToken);

    /// <summary>Every position the journal holds lots of, ordered by account, then ticker.</summary>
    Task<IReadOnlyList<PositionLots>> ListPositionLotsAsync(CancellationToken cancellationToken);
}

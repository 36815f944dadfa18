using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Domain.Journal;

/// <summary>
/// Changes committed atomically: the header (always), the trades and escalations that changed
/// (upserted by trade id / escalation id), and events appended.
/// </summary>
public sealed record JournalBatch(
    RunHeader Header,
    IReadOnlyList<TradeExecution> Trades,
    IReadOnlyList<Escalation> Escalations,
    IReadOnlyList<JournalEvent> Events);

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
    IReadOnlyList<JournalEvent> Events)
{
    /// <summary>
    /// What the run's decided escalations allow as of this commit — derived, never read back; for a
    /// store whose record format keeps it beside the header.
    /// </summary>
    public RunApprovals Approvals { get; init; } = RunApprovals.None;
}

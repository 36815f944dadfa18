using PortfolioOrchestrator.Domain.Positions;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Domain.Journal;

/// <summary>
/// Changes committed atomically: the header (always), the trades and escalations that changed
/// (upserted by trade id / escalation id), events appended, the run's inputs when they changed, and the
/// lots of the positions whose lots changed (each replacing what the journal held for that account and ticker).
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

    /// <summary>
    /// The run's inputs when they changed since the last commit (a STEP 2C refresh delivered a portfolio),
    /// replacing those recorded; null when unchanged.
    /// </summary>
    public RunInputs? Inputs { get; init; }

    /// <summary>
    /// The positions whose lots changed in this commit (CONTRACT Resolution 15), each replacing the lots the
    /// journal holds for its (account, ticker); empty when none changed.
    /// </summary>
    public IReadOnlyList<PositionLots> Positions { get; init; } = [];
}

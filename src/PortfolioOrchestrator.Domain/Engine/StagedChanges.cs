using PortfolioOrchestrator.Domain.Journal;
using PortfolioOrchestrator.Domain.Positions;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Domain.Engine;

/// <summary>
/// The steps a <see cref="RunSession"/> has finished since its last durable commit, as the next commit will
/// write them: the header and approvals as of the last step, the latest state of each changed trade (in queue
/// order), escalation and position, the events in the order recorded, the inputs when they changed.
/// </summary>
internal sealed class StagedChanges
{
    /// <summary>The header as of the last staged step; null when nothing is staged.</summary>
    public RunHeader? Header { get; set; }

    public RunApprovals Approvals { get; set; } = RunApprovals.None;

    public SortedDictionary<int, TradeExecution> Trades { get; } = [];

    public Dictionary<EscalationId, Escalation> Escalations { get; } = [];

    public List<JournalEvent> Events { get; } = [];

    public Dictionary<(AccountId Account, Ticker Ticker), PositionLots> Positions { get; } = [];

    public RunInputs? Inputs { get; set; }

    public void Clear()
    {
        Header = null;
        Approvals = RunApprovals.None;
        Trades.Clear();
        Escalations.Clear();
        Events.Clear();
        Positions.Clear();
        Inputs = null;
    }
}

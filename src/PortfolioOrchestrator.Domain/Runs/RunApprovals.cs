using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Domain.Runs;

/// <summary>
/// What the Master-Architect's approvals let a run do, read from its decided escalations (never kept
/// apart from them): only an approved pause counts (CONTRACT Resolution 6), and only once the run has
/// taken the decision up — while the run still waits on it, nothing is allowed yet.
/// </summary>
/// <param name="StalePortfolio">#1 approved: STEP 1 goes on with a caveat (STEP 2C then refreshes).</param>
/// <param name="PreExecution">#2, or a pausing #3, approved before execution.</param>
/// <param name="BufferBreach">A STEP 3C buffer pause approved: later in-loop checks are caveats, not pauses.</param>
/// <param name="Reconciliation">A reconciliation mismatch approved: the venue's record is accepted as it stands.</param>
public sealed record RunApprovals(bool StalePortfolio, bool PreExecution, bool BufferBreach, bool Reconciliation)
{
    public static readonly RunApprovals None = new(false, false, false, false);

    /// <param name="escalations">Every escalation of the run.</param>
    /// <param name="awaiting">The escalation the run still waits on (<see cref="RunHeader.AwaitingEscalation"/>), if any.</param>
    public static RunApprovals From(IEnumerable<Escalation> escalations, EscalationId? awaiting)
    {
        ArgumentNullException.ThrowIfNull(escalations);
        bool stale = false, preExecution = false, bufferBreach = false, reconciliation = false;
        foreach (var e in escalations)
        {
            if (!e.Blocking || e.Decision?.Kind != DecisionKind.Approve || e.Id == awaiting)
            {
                continue;
            }

            var inLoop = e.Step == EscalationStep.Step3C;
            stale |= e.Type == EscalationType.StalePortfolio;
            reconciliation |= e.Type == EscalationType.ReconciliationMismatch;
            var other = e.Type is not (EscalationType.StalePortfolio or EscalationType.ReconciliationMismatch);
            preExecution |= other && !inLoop;
            bufferBreach |= other && inLoop;
        }

        // Called at every staged step: the common answer is the shared value, not a new one.
        return stale || preExecution || bufferBreach || reconciliation ? new RunApprovals(stale, preExecution, bufferBreach, reconciliation) : None;
    }
}

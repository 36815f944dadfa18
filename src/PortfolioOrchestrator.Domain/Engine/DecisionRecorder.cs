using PortfolioOrchestrator.Domain.Journal;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Domain.Engine;

public enum DecisionResult
{
    Recorded,
    UnknownEscalation,
    AlreadyDecided,

    /// <summary>The escalation does not block, or is not the one its run is paused on (CONTRACT Resolution 21).</summary>
    NotAwaited,
}

/// <summary>
/// Records a Master-Architect decision on the blocking, open escalation a run is paused on (<c>po decide</c>);
/// the run acts on it when resumed. Anything else is refused (CONTRACT Resolution 21).
/// </summary>
public sealed class DecisionRecorder(IJournal journal, TimeProvider clock)
{
    public async Task<(DecisionResult Result, RunId? RunId)> DecideAsync(EscalationId id, DecisionKind kind, string by, string? note, CancellationToken cancellationToken)
    {
        var runId = await journal.FindRunOfEscalationAsync(id, cancellationToken);
        if (runId is null || await journal.LoadRunAsync(runId.Value, cancellationToken) is not { } run)
        {
            return (DecisionResult.UnknownEscalation, null);
        }

        var escalation = run.Escalations.Single(e => e.Id == id);
        if (escalation.Decision is not null)
        {
            return (DecisionResult.AlreadyDecided, runId);
        }

        if (!escalation.Blocking || run.Header.AwaitingEscalation != id)
        {
            return (DecisionResult.NotAwaited, runId);
        }

        var session = new RunSession(run, journal, clock);
        session.Decide(id, new Decision(kind, by, note, session.Now));
        session.Record("decision.recorded", $"{id}: {kind} by {by}{(note is null ? string.Empty : " — " + note)}");
        await session.CommitAsync(cancellationToken);
        return (DecisionResult.Recorded, runId);
    }
}

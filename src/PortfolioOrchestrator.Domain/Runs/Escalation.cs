using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Domain.Runs;

/// <summary>The seed's escalation triggers #1–#6 plus STEP 2C's and STEP 4's.</summary>
public enum EscalationType
{
    /// <summary>#1: PORTFOLIO.md more than one trading day old at STEP 1.</summary>
    StalePortfolio,

    /// <summary>#2: a sector's allocation rose since approval and its pending buys would pass the cap.</summary>
    SectorHeadroomChanged,

    /// <summary>#3: the pending trades would take the buffer below the minimum.</summary>
    BufferWouldBreach,

    /// <summary>#4: the buffer fell below the floor.</summary>
    BufferBreached,

    /// <summary>#5: a sector ends above the cap.</summary>
    SectorCapBreach,

    /// <summary>#6: the broker refused an order.</summary>
    ExecutionFailed,

    /// <summary>STEP 2C: a refresh still outstanding past its escalation time.</summary>
    RefreshDelayed,

    /// <summary>STEP 4: nothing filled within the no-fill window.</summary>
    NoFill,

    /// <summary>On resume, the venue's record of an order contradicts the journal (CONTRACT Resolution 12).</summary>
    ReconciliationMismatch,
}

public enum EscalationStatus
{
    Open,
    Approved,
    Deferred,
    Halted,

    /// <summary>Recorded and routed; the run proceeded with a caveat.</summary>
    Noted,
}

public enum DecisionKind
{
    Approve,
    Defer,
    Halt,
}

/// <summary>A Master-Architect decision on an escalation.</summary>
public sealed record Decision(DecisionKind Kind, string By, string? Note, DateTimeOffset At);

/// <summary>
/// An escalation to the Master-Architect. <see cref="Blocking"/> ones pause the run until decided;
/// <see cref="TradeIds"/> are the trades it concerns (for a pause: the trades it holds).
/// </summary>
public sealed record Escalation
{
    public required EscalationId Id { get; init; }

    public required EscalationType Type { get; init; }

    /// <summary>The seed's step that raised it; <see cref="EscalationSteps.Text"/> writes it as <c>STEP 1</c>, <c>STEP 3C</c>, ….</summary>
    public required EscalationStep Step { get; init; }

    public required string Trigger { get; init; }

    public IReadOnlyList<TradeId> TradeIds { get; init; } = [];

    public required string Action { get; init; }

    public required EscalationStatus Status { get; init; }

    public required bool Blocking { get; init; }

    public required DateTimeOffset RaisedAt { get; init; }

    public Decision? Decision { get; init; }

    /// <summary>The escalation with the Master-Architect's decision; deciding twice is a programmer error.</summary>
    /// <exception cref="InvalidOperationException">It was decided already.</exception>
    public Escalation Decide(Decision decision)
    {
        if (Decision is not null)
        {
            throw new InvalidOperationException($"Escalation {Id} was decided already ({Decision.Kind}).");
        }

        var status = decision.Kind switch
        {
            DecisionKind.Approve => EscalationStatus.Approved,
            DecisionKind.Defer => EscalationStatus.Deferred,
            _ => EscalationStatus.Halted,
        };
        return this with { Decision = decision, Status = status };
    }
}

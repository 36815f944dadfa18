namespace PortfolioOrchestrator.Reporting.Model;

/// <summary>
/// An escalation to the Master-Architect. <see cref="Number"/> is the seed's #1–#6, null for the
/// triggers it does not number (<c>REFRESH_DELAYED</c>, <c>NO_FILL</c>).
/// </summary>
public sealed record EscalationReport
{
    public required string Id { get; init; }

    /// <summary><c>STALE_PORTFOLIO</c>, <c>SECTOR_HEADROOM_CHANGED</c>, … as CONTRACT §4 names them.</summary>
    public required string Type { get; init; }

    public int? Number { get; init; }

    public required string Step { get; init; }

    public required string Trigger { get; init; }

    public required IReadOnlyList<string> TradeIds { get; init; }

    public required string Action { get; init; }

    /// <summary><c>OPEN</c>, <c>APPROVED</c>, <c>DEFERRED</c>, <c>HALTED</c>, <c>NOTED</c>.</summary>
    public required string Status { get; init; }

    /// <summary>Whether the run waits for a decision on it.</summary>
    public required bool Blocking { get; init; }

    public required DateTimeOffset RaisedAt { get; init; }

    public DecisionReport? Decision { get; init; }
}

/// <summary>A Master-Architect decision: <c>approve</c>, <c>defer</c> or <c>halt</c> (the words <c>po decide</c> takes), who, why, when.</summary>
public sealed record DecisionReport
{
    public required string Kind { get; init; }

    public required string By { get; init; }

    public string? Note { get; init; }

    public required DateTimeOffset At { get; init; }
}

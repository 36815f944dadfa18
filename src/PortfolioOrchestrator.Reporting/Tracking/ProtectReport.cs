namespace PortfolioOrchestrator.Reporting.Tracking;

/// <summary>
/// What <c>po protect</c> did (CONTRACT Resolution 16), or with <see cref="DryRun"/> would do: each lot's repair
/// (<see cref="Actions"/>), what is not protected and why (<see cref="Unprotected"/>), what could not be repaired
/// (<see cref="Problems"/>, routed to the Master-Architect), and the lots as read before the repair.
/// </summary>
public sealed record ProtectReport
{
    /// <summary>The New York date of the repair (yyyy-MM-dd).</summary>
    public required DateOnly Date { get; init; }

    /// <summary>One of <see cref="ProtectStatus"/>.</summary>
    public required string Status { get; init; }

    public required bool DryRun { get; init; }

    public required IReadOnlyList<ProtectAction> Actions { get; init; }

    /// <summary>Shares held that no protective order covers, in words: a fraction a whole-share venue cannot protect, a slice the venue refused.</summary>
    public required IReadOnlyList<string> Unprotected { get; init; }

    /// <summary>What could not be repaired, in words; empty when everything was.</summary>
    public required IReadOnlyList<string> Problems { get; init; }

    /// <summary>Each lot we protect as read at its venue before the repair (after protective fills were taken in).</summary>
    public required IReadOnlyList<TrackedLot> Lots { get; init; }
}

/// <summary>
/// One step of a lot's repair: <c>cancel</c> its working orders (each confirmed final) or <c>place</c> its protection
/// as generation <see cref="Generation"/> for <see cref="Shares"/> shares; why (<see cref="Because"/>, tracking
/// finding names), the orders concerned, and how it came out: <c>done</c>, <c>planned</c> (dry run) or <c>failed</c>.
/// </summary>
public sealed record ProtectAction(
    string Account,
    string Ticker,
    string LotId,
    string Action,
    IReadOnlyList<string> Because,
    IReadOnlyList<string> Orders,
    int? Generation,
    decimal? Shares,
    string Outcome,
    string? Detail);

/// <summary>The words of <c>po protect</c>'s result.</summary>
public static class ProtectStatus
{
    /// <summary>Every lot's protection was as the journal says (exit 0).</summary>
    public const string NothingToDo = "NOTHING_TO_DO";

    /// <summary>Everything found was repaired (exit 0), or with <c>--dry-run</c> would be.</summary>
    public const string Repaired = "REPAIRED";

    /// <summary>Something could not be repaired; routed to the Master-Architect (exit 4).</summary>
    public const string NotRepaired = "NOT_REPAIRED";
}

namespace PortfolioOrchestrator.Domain.Runs;

/// <summary>
/// The one table of how a trade's status may move (CONTRACT Resolution 12). A run creates each trade
/// QUEUED or NOT_APPROVED; everything after goes through <see cref="TradeExecution.MoveTo"/>, which
/// refuses any move not listed here. A status without an entry is final.
/// </summary>
public static class TradeTransitions
{
    private static readonly Dictionary<TradeStatus, TradeStatus[]> Table = new()
    {
        // Its turn comes (intent made durable), an earlier run already placed it, or a decision holds it.
        [TradeStatus.Queued] = [TradeStatus.Submitting, TradeStatus.AlreadyExecuted, TradeStatus.Deferred, TradeStatus.Halted],

        // The venue's answer: unknown (settled by lookup), filled, refused, or nothing filled in time.
        [TradeStatus.Submitting] = [TradeStatus.Unknown, TradeStatus.Executed, TradeStatus.ExecutionFailed, TradeStatus.PendingFill],
        [TradeStatus.Unknown] = [TradeStatus.Executed, TradeStatus.ExecutionFailed, TradeStatus.PendingFill],

        // Filled after the no-fill escalation.
        [TradeStatus.PendingFill] = [TradeStatus.Executed],
    };

    /// <summary>Whether a trade may move from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static bool Allows(TradeStatus from, TradeStatus to) => Table.TryGetValue(from, out var next) && next.Contains(to);

    /// <summary>Whether nothing more can happen to a trade in <paramref name="status"/>.</summary>
    public static bool IsFinal(TradeStatus status) => !Table.ContainsKey(status);
}

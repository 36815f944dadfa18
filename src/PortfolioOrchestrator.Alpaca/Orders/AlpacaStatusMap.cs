using PortfolioOrchestrator.Domain.Broker;

namespace PortfolioOrchestrator.Alpaca.Orders;

/// <summary>
/// Alpaca's order statuses onto ours (CONTRACT §9; docs/alpaca.md has the table and the reasons). Only
/// Alpaca's terminal statuses become final; anything Alpaca may still change stays open and shows any
/// shares already filled. An unknown status is never taken for final: it reads as open. <c>replaced</c>
/// is not mapped here: the order that replaced it is followed (<see cref="IsReplaced"/>).
/// </summary>
internal static class AlpacaStatusMap
{
    /// <summary>Ours for Alpaca's <paramref name="status"/>, given the shares already filled.</summary>
    public static OrderStatus Map(string? status, decimal filledQuantity) => status?.ToLowerInvariant() switch
    {
        // Received, not yet working at an execution venue (pending_review: under Alpaca's own review).
        "pending_new" or "accepted" or "pending_review" => Open(OrderStatus.New, filledQuantity),

        // Working; held is a conditional leg (an OCO's passive stop, a bracket's exits) waiting its turn.
        "new" or "accepted_for_bidding" or "held" => Open(OrderStatus.Accepted, filledQuantity),
        "partially_filled" => OrderStatus.PartiallyFilled,

        // Not terminal at Alpaca: done_for_day and calculated wait for the next session or settlement;
        // pending_* and stopped wait for the venue; suspended may resume.
        "done_for_day" or "calculated" or "pending_cancel" or "pending_replace" or "stopped" or "suspended" =>
            Open(OrderStatus.Accepted, filledQuantity),
        "filled" => OrderStatus.Filled,
        "canceled" => OrderStatus.Canceled,
        "expired" => OrderStatus.Expired,
        "rejected" => OrderStatus.Rejected,

        // A status this table does not know (or replaced without a successor): open, never final.
        _ => Open(OrderStatus.Accepted, filledQuantity),
    };

    /// <summary>Whether Alpaca says another order took this one's place (its id in <c>replaced_by</c>).</summary>
    public static bool IsReplaced(string? status) => string.Equals(status, "replaced", StringComparison.OrdinalIgnoreCase);

    /// <summary>Every order status the Trading API documents.</summary>
    public static IReadOnlyCollection<string> Documented { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "new", "partially_filled", "filled", "done_for_day", "canceled", "expired", "replaced", "pending_cancel",
        "pending_replace", "pending_review", "accepted", "pending_new", "accepted_for_bidding", "stopped", "rejected",
        "suspended", "calculated", "held",
    };

    private static OrderStatus Open(OrderStatus nothingFilled, decimal filledQuantity) =>
        filledQuantity > 0m ? OrderStatus.PartiallyFilled : nothingFilled;
}

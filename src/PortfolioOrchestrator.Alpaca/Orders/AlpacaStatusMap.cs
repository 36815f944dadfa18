using PortfolioOrchestrator.Domain.Broker;

namespace PortfolioOrchestrator.Alpaca.Orders;

/// <summary>
/// Alpaca's order statuses onto ours (docs/alpaca.md has the table and the reasons). Only Alpaca's
/// terminal statuses become final; anything Alpaca may still change stays open, and shows any shares
/// already filled. An unknown status is not guessed at: it maps to null and the caller fails closed.
/// </summary>
internal static class AlpacaStatusMap
{
    public static OrderStatus? Map(string? status, decimal filledQuantity) => status?.ToLowerInvariant() switch
    {
        "pending_new" or "accepted" => Open(OrderStatus.New, filledQuantity),
        "new" or "accepted_for_bidding" or "held" => Open(OrderStatus.Accepted, filledQuantity),
        "partially_filled" => OrderStatus.PartiallyFilled,

        // Not terminal at Alpaca: done_for_day and calculated wait for the next session or settlement;
        // pending_* and stopped wait for the venue; suspended may resume.
        "done_for_day" or "calculated" or "pending_cancel" or "pending_replace" or "stopped" or "suspended" =>
            Open(OrderStatus.Accepted, filledQuantity),
        "filled" => OrderStatus.Filled,
        "canceled" => OrderStatus.Canceled,

        // We never replace orders; a replaced order will not change again and its fills stay.
        "replaced" => OrderStatus.Canceled,
        "expired" => OrderStatus.Expired,
        "rejected" => OrderStatus.Rejected,
        _ => null,
    };

    private static OrderStatus Open(OrderStatus nothingFilled, decimal filledQuantity) =>
        filledQuantity > 0m ? OrderStatus.PartiallyFilled : nothingFilled;
}

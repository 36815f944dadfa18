using PortfolioOrchestrator.Alpaca.Http;
using PortfolioOrchestrator.Alpaca.Json;

namespace PortfolioOrchestrator.Alpaca.Orders;

/// <summary>
/// An order Alpaca reports <c>replaced</c> is followed through <c>replaced_by</c> (CONTRACT §9): the order
/// that took its place is read by id (<c>GET /v2/orders/{id}</c>), and so on while that one is replaced too.
/// The answer keeps our client order id and the original's fills when they are larger than the
/// successor's, so a replacement never makes fewer shares look filled than Alpaca had already reported
/// and never counts a fill twice.
/// </summary>
internal static class AlpacaReplacements
{
    /// <summary>The most replacements followed before the chain counts as unreadable.</summary>
    public const int MaxHops = 8;

    /// <summary>The order as it now stands at Alpaca, or no order and the reason it cannot be read.</summary>
    public static async Task<(AlpacaOrderDto? Order, string? Problem)> FollowAsync(AlpacaConnection connection, AlpacaOrderDto original, CancellationToken cancellationToken)
    {
        var current = original;
        for (var hop = 0; AlpacaStatusMap.IsReplaced(current.Status) && current.ReplacedBy is { Length: > 0 } next; hop++)
        {
            if (hop == MaxHops)
            {
                return (null, $"{original.ClientOrderId} was replaced more than {MaxHops} times");
            }

            var call = await connection.GetAsync("v2/orders/" + Uri.EscapeDataString(next), cancellationToken).ConfigureAwait(false);
            var successor = call.Kind == AlpacaCallKind.Success ? AlpacaJson.TryRead<AlpacaOrderDto>(call.Body) : null;
            if (successor is null)
            {
                return (null, $"{original.ClientOrderId} was replaced by {next}, which could not be read ({call.Message})");
            }

            current = successor;
        }

        return (Merge(original, current), null);
    }

    private static AlpacaOrderDto Merge(AlpacaOrderDto original, AlpacaOrderDto current)
    {
        if (ReferenceEquals(original, current))
        {
            return original;
        }

        var kept = (original.FilledQty ?? 0m) > (current.FilledQty ?? 0m) ? original : current;
        return current with
        {
            ClientOrderId = original.ClientOrderId,
            FilledQty = kept.FilledQty,
            FilledAvgPrice = kept.FilledAvgPrice,
            FilledAt = kept.FilledAt,
            SubmittedAt = original.SubmittedAt ?? current.SubmittedAt,
        };
    }
}

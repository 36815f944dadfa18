using System.Globalization;
using System.Text.Json.Nodes;

namespace PortfolioOrchestrator.Testing.Alpaca;

/// <summary>
/// Turns what changed in the fake's orders into <c>trade_updates</c> events as Alpaca documents them: the
/// <c>event</c> named after the order's new status (<c>new</c>, <c>fill</c>, <c>partial_fill</c>, <c>canceled</c>,
/// <c>expired</c>, <c>replaced</c>, <c>rejected</c>, <c>pending_cancel</c>, …), the order object, and for a fill
/// the execution (<c>execution_id</c>, <c>qty</c> of this execution, its <c>price</c>, <c>timestamp</c>,
/// <c>position_qty</c>). Not thread-safe: the server calls it under its lock.
/// </summary>
internal sealed class FakeTradeUpdates(TimeProvider timeProvider)
{
    private readonly Dictionary<string, (string Status, decimal FilledQty, decimal FilledCost)> _seen = new(StringComparer.Ordinal);
    private int _executions;

    /// <summary>The events for every order whose status or fill moved since the last call (each order once, with its latest state).</summary>
    public List<JsonObject> Collect(IEnumerable<FakeOrderState> orders, Func<string, decimal> positionOf)
    {
        var events = new List<JsonObject>();
        foreach (var order in orders)
        {
            var cost = order.FilledQty * (order.FilledAvgPrice ?? 0m);
            var now = (order.Status, order.FilledQty, cost);
            var known = _seen.TryGetValue(order.Id, out var before);
            if (known && before == now)
            {
                continue;
            }

            _seen[order.Id] = now;
            var data = new JsonObject
            {
                ["event"] = EventOf(order.Status),
                ["timestamp"] = timeProvider.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
                ["order"] = order.ToJson(),
            };
            var increment = order.FilledQty - (known ? before.FilledQty : 0m);
            if (increment > 0m)
            {
                data["event"] = order.Status == "filled" ? "fill" : "partial_fill";
                data["execution_id"] = $"00000000-0000-4000-9000-{++_executions:D12}";
                data["qty"] = FakeOrderState.Text(increment);
                data["price"] = FakeOrderState.Text(Math.Round((cost - (known ? before.FilledCost : 0m)) / increment, 6));
                data["position_qty"] = FakeOrderState.Text(positionOf(order.Symbol));
            }

            events.Add(new JsonObject { ["stream"] = "trade_updates", ["data"] = data });
        }

        return events;
    }

    private static string EventOf(string status) => status switch
    {
        "accepted" or "held" or "accepted_for_bidding" => "new",
        "filled" => "fill",
        "partially_filled" => "partial_fill",
        _ => status,
    };
}

using System.Globalization;
using System.Text.Json.Nodes;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Journal.Tests.Compatibility;

/// <summary>
/// Version 1 protected an entry with one stop for the whole fill beside its targets; since CONTRACT
/// Resolution 9's slices, a fresh run protects it with one-cancels-other pairs and a lone stop. A resumed
/// version-1 run keeps the orders version 1 placed (placing them again would protect twice), so the two
/// are compared by what they protect: per price, the shares under a stop and under each target.
/// </summary>
internal static class Version1Protection
{
    /// <summary>The entry order ids of the trades version 1 had already protected.</summary>
    public static IReadOnlyList<string> ProtectedEntries(RunSnapshot run) =>
        [.. run.Trades.Where(t => t.ProtectionPlaced && t.ClientOrderId is not null).Select(t => t.ClientOrderId!.Value.Value)];

    /// <summary>The report's JSON with those trades' protective orders replaced by what they protect, and without their ids in the schedule.</summary>
    public static string ReportByWhatIsProtected(string json, IReadOnlyList<string> entries)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        foreach (var trade in root["trades"]!.AsArray().OfType<JsonObject>().Where(t => entries.Contains((string?)t["client_order_id"])))
        {
            var orders = new[] { trade["stop_loss_order"] }.Concat(trade["additional_stop_loss_orders"]?.AsArray() ?? []).Concat(trade["profit_target_orders"]?.AsArray() ?? []);
            trade["protection"] = Shape(orders.OfType<JsonObject>(), "quantity");
            trade.Remove("stop_loss_order");
            trade.Remove("additional_stop_loss_orders");
            trade.Remove("profit_target_orders");
        }

        if (root["monitoring_schedule"]?["stop_loss_and_target_tracking"]?["open_order_ids"] is JsonArray ids)
        {
            var kept = ids.Select(i => (string)i!).Where(id => !OfAny(id, entries)).ToList();
            ids.Clear();
            kept.ForEach(id => ids.Add(id));
        }

        return root.ToJsonString();
    }

    /// <summary><c>po paper orders --json</c> with the protective orders of those entries replaced by what they protect.</summary>
    public static string OrdersByWhatIsProtected(string json, IReadOnlyList<string> entries)
    {
        var orders = JsonNode.Parse(json)!.AsArray().OfType<JsonObject>().ToList();
        var result = new JsonArray();
        foreach (var order in orders.Where(o => !OfAny((string)o["client_order_id"]!, entries)))
        {
            result.Add(order.DeepClone());
        }

        foreach (var entry in entries)
        {
            result.Add(new JsonObject { ["entry"] = entry, ["protection"] = Shape(orders.Where(o => Of((string)o["client_order_id"]!, entry)), "qty") });
        }

        return result.ToJsonString();
    }

    /// <summary>The trades of those entries without their protective orders (compared by <see cref="ReportByWhatIsProtected"/>).</summary>
    public static RunSnapshot WithoutProtectiveOrdersOf(RunSnapshot run, IReadOnlyList<string> entries) => run with
    {
        Trades = [.. run.Trades.Select(t => t.ClientOrderId is { } id && entries.Contains(id.Value)
            ? t with { StopLossOrder = null, AdditionalStopLossOrders = [], ProfitTargetOrders = [] }
            : t)],
    };

    /// <summary>The stop-loss ids a report gives the trade of <paramref name="entry"/>.</summary>
    public static IReadOnlyList<string> StopIds(string json, string entry)
    {
        var trade = JsonNode.Parse(json)!["trades"]!.AsArray().OfType<JsonObject>().Single(t => (string?)t["client_order_id"] == entry);
        return [.. new[] { trade["stop_loss_order"] }.Concat(trade["additional_stop_loss_orders"]?.AsArray() ?? []).OfType<JsonObject>().Select(o => (string)o["client_order_id"]!)];
    }

    private static string Shape(IEnumerable<JsonObject> orders, string quantityKey) =>
        string.Join("; ", orders
            .Select(o => (Type: (string)o["type"]!, Status: (string)o["status"]!, Price: (decimal?)o["stop_price"] ?? (decimal?)o["limit_price"], Quantity: (decimal)o[quantityKey]!))
            .GroupBy(o => (o.Type, o.Status, o.Price))
            .OrderBy(g => g.Key.Type, StringComparer.Ordinal).ThenBy(g => g.Key.Price)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key.Type} {g.Key.Status} at {g.Key.Price}: {g.Sum(o => o.Quantity)} shares")));

    private static bool OfAny(string id, IReadOnlyList<string> entries) => entries.Any(entry => Of(id, entry));

    private static bool Of(string id, string entry) => id.StartsWith(entry + "-", StringComparison.Ordinal);
}

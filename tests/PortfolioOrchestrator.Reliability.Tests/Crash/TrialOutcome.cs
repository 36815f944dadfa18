using System.Text.Json;

namespace PortfolioOrchestrator.Reliability.Tests.Crash;

/// <summary>The end of a trial: the final execution-report.json and the venue's orders (and the reports of the earlier days).</summary>
public sealed record TrialOutcome(JsonElement Report, JsonElement Orders)
{
    /// <summary>The reports of the runs before the faulted one (a scenario's earlier days).</summary>
    public IReadOnlyList<JsonElement> EarlierReports { get; init; } = [];

    /// <summary>The trades of every run: the earlier days', then the faulted run's.</summary>
    public IEnumerable<JsonElement> AllTrades => EarlierReports.SelectMany(r => r.GetProperty("trades").EnumerateArray()).Concat(Trades);

    /// <summary>The open protective sells: per symbol, the shares covered (each one-cancels-other group once) and the shares under a stop.</summary>
    public IReadOnlyDictionary<string, (decimal Covered, decimal UnderStop)> Protection =>
        Orders.EnumerateArray()
            .Where(o => o.GetProperty("side").GetString() == "sell" && o.GetProperty("type").GetString() != "market"
                && o.GetProperty("status").GetString() is not ("filled" or "canceled" or "expired" or "rejected"))
            .GroupBy(o => o.GetProperty("symbol").GetString()!, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (g.GroupBy(o => o.GetProperty("link_group").GetString() ?? o.GetProperty("client_order_id").GetString()).Sum(l => l.Max(o => o.GetProperty("qty").GetDecimal())),
                      g.Where(o => o.GetProperty("type").GetString() == "stop").Sum(o => o.GetProperty("qty").GetDecimal())),
                StringComparer.Ordinal);

    private static readonly string[] ComparedFields = ["trade_id", "status", "client_order_id", "execution_quantity", "filled_dollars", "flags"];

    public IEnumerable<JsonElement> Trades => Report.GetProperty("trades").EnumerateArray();

    public IReadOnlyList<JsonElement> EntryOrders => [.. Orders.EnumerateArray().Where(o => o.GetProperty("type").GetString() == "market")];

    /// <summary>Each trade as the fields a crash must not change, one line per trade in report order.</summary>
    public IReadOnlyList<string> TradeLines =>
        [.. Trades.Select(t => string.Join(" ", ComparedFields.Select(f => $"{f}={Compact(t.GetProperty(f))}")))];

    /// <summary>Every order at the venue: id, type, status and filled quantity, sorted by id.</summary>
    public IReadOnlyList<string> OrderLines =>
        [.. Orders.EnumerateArray()
            .Select(o => $"{o.GetProperty("client_order_id").GetString()} {o.GetProperty("type").GetString()} {o.GetProperty("status").GetString()} {Compact(o.GetProperty("filled_qty"))}")
            .Order(StringComparer.Ordinal)];

    private static string Compact(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number => element.GetDecimal().ToString("G29", System.Globalization.CultureInfo.InvariantCulture),
        _ => element.GetRawText().Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal).Replace("\r", string.Empty, StringComparison.Ordinal),
    };
}

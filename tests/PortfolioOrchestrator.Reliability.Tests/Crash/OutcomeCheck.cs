using System.Globalization;

namespace PortfolioOrchestrator.Reliability.Tests.Crash;

/// <summary>
/// Compares a crashed-and-resumed outcome with the crash-free one: the same trades, exactly one entry
/// order per trade that sent one, none for trades that are not approved, no fill the report lost, and
/// every position protected exactly as in the crash-free run (never unprotected, never protected twice).
/// </summary>
public sealed class OutcomeCheck
{
    private OutcomeCheck(IReadOnlyList<string> problems, int duplicates, int lostFills, int protectionMismatches)
    {
        Problems = problems;
        Duplicates = duplicates;
        LostFills = lostFills;
        ProtectionMismatches = protectionMismatches;
    }

    /// <summary>Symbols whose open protection covers more (protected twice) or less (unprotected) than in the crash-free run.</summary>
    public int ProtectionMismatches { get; }

    public IReadOnlyList<string> Problems { get; }

    /// <summary>Entry orders at the venue beyond one per trade, or belonging to no reported trade.</summary>
    public int Duplicates { get; }

    /// <summary>Shares the venue filled that the final report does not show as executed for that order.</summary>
    public int LostFills { get; }

    public bool Holds => Problems.Count == 0;

    public static OutcomeCheck Compare(TrialOutcome baseline, TrialOutcome outcome)
    {
        var problems = new List<string>();
        if (!baseline.TradeLines.SequenceEqual(outcome.TradeLines))
        {
            problems.Add("trades differ:\n  expected " + string.Join("\n  expected ", baseline.TradeLines) + "\n  actual   " + string.Join("\n  actual   ", outcome.TradeLines));
        }

        if (!baseline.OrderLines.SequenceEqual(outcome.OrderLines))
        {
            problems.Add("venue orders differ:\n  expected " + string.Join("\n  expected ", baseline.OrderLines) + "\n  actual   " + string.Join("\n  actual   ", outcome.OrderLines));
        }

        var protectionMismatches = 0;
        var expected = baseline.Protection;
        var actual = outcome.Protection;
        foreach (var symbol in expected.Keys.Union(actual.Keys, StringComparer.Ordinal))
        {
            var (want, got) = (expected.GetValueOrDefault(symbol), actual.GetValueOrDefault(symbol));
            if (want != got || got.Covered != got.UnderStop)
            {
                protectionMismatches++;
                problems.Add($"{symbol} protected for {got.Covered} shares ({got.UnderStop} under a stop); the crash-free run protects {want.Covered} ({want.UnderStop})");
            }
        }

        var trades = outcome.Trades.ToList();
        var tradeByOrder = outcome.AllTrades
            .Where(t => t.GetProperty("client_order_id").GetString() is not null)
            .ToDictionary(t => t.GetProperty("client_order_id").GetString()!, StringComparer.Ordinal);
        var duplicates = 0;
        var lostFills = 0;
        foreach (var group in outcome.EntryOrders.GroupBy(o => Prefix(o.GetProperty("client_order_id").GetString()!), StringComparer.Ordinal))
        {
            var orders = group.ToList();
            var owned = orders.Count(o => tradeByOrder.ContainsKey(o.GetProperty("client_order_id").GetString()!));
            duplicates += orders.Count - Math.Min(owned, 1);
            if (orders.Count > 1 || owned == 0)
            {
                problems.Add($"entry orders {string.Join(", ", orders.Select(o => o.GetProperty("client_order_id").GetString()))}: expected exactly one, owned by a reported trade");
            }
        }

        foreach (var order in outcome.EntryOrders)
        {
            var filled = order.GetProperty("filled_qty").GetDecimal();
            if (filled == 0)
            {
                continue;
            }

            var id = order.GetProperty("client_order_id").GetString()!;
            var reported = tradeByOrder.TryGetValue(id, out var trade) && trade.GetProperty("status").GetString() == "EXECUTED" &&
                trade.GetProperty("execution_quantity").ValueKind == System.Text.Json.JsonValueKind.Number &&
                trade.GetProperty("execution_quantity").GetDecimal() == filled;
            if (!reported)
            {
                lostFills++;
                problems.Add($"order {id} filled {filled.ToString(CultureInfo.InvariantCulture)} shares that the report does not show as executed");
            }
        }

        foreach (var trade in trades.Where(t => t.GetProperty("status").GetString() is "EXECUTED" or "PENDING_FILL"))
        {
            var id = trade.GetProperty("client_order_id").GetString();
            if (id is null || outcome.EntryOrders.Count(o => o.GetProperty("client_order_id").GetString() == id) != 1)
            {
                problems.Add($"trade {trade.GetProperty("trade_id").GetString()} is {trade.GetProperty("status").GetString()} without exactly one entry order {id}");
            }
        }

        var sentTickers = trades.Where(t => t.GetProperty("client_order_id").GetString() is not null).Select(t => t.GetProperty("ticker").GetString()).ToHashSet(StringComparer.Ordinal);
        foreach (var trade in trades.Where(t => t.GetProperty("status").GetString() == "NOT_APPROVED"))
        {
            var ticker = trade.GetProperty("ticker").GetString();
            if (trade.GetProperty("client_order_id").GetString() is not null ||
                (!sentTickers.Contains(ticker) && outcome.EntryOrders.Any(o => o.GetProperty("symbol").GetString() == ticker)))
            {
                problems.Add($"NOT_APPROVED trade {trade.GetProperty("trade_id").GetString()} has an order at the venue");
            }
        }

        return new OutcomeCheck(problems, duplicates, lostFills, protectionMismatches);
    }

    /// <summary>The part of a client order id that names the trade (<c>po-</c> and 16 hex digits), without the attempt.</summary>
    private static string Prefix(string clientOrderId)
    {
        var attempt = clientOrderId.LastIndexOf("-a", StringComparison.Ordinal);
        return attempt > 0 ? clientOrderId[..attempt] : clientOrderId;
    }
}

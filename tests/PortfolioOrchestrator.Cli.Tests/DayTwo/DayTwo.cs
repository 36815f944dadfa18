using System.Globalization;
using System.Text.Json;

namespace PortfolioOrchestrator.Cli.Tests.DayTwo;

/// <summary>
/// The second run after the bundled sample (CONTRACT Resolution 15): a QA report of its own, approved after
/// the first run, and what the venue's open protective orders cover per ticker.
/// </summary>
internal static class DayTwo
{
    public const string FirstRunAt = "2026-11-24T13:40:00-05:00";
    public const string SecondRunAt = "2026-11-24T13:50:00-05:00";
    public const string ReportId = "QA-2026-11-24-002";

    /// <summary>One trade of the day-two report; <paramref name="stop"/> and <paramref name="target"/> in dollars per share (null: none).</summary>
    public sealed record Trade(string Id, string Ticker, string Side, decimal Size, decimal LastPrice, decimal? Stop = null, decimal? Target = null, string Account = "TAXABLE-1", string Sector = "Technology");

    public static string Qa(params Trade[] trades)
    {
        var items = trades.Select(t => string.Create(CultureInfo.InvariantCulture, $$"""
            {
              "trade_id": "{{t.Id}}", "ticker": "{{t.Ticker}}", "side": "{{t.Side}}", "size_dollars": {{t.Size}},
              "account": "{{t.Account}}", "sector": "{{t.Sector}}", "conviction": "HIGH", "gate": "APPROVED_FOR_EXECUTION",
              "approval_timestamp": "2026-11-24T13:45:00-05:00", "last_known_price": {{t.LastPrice}}
              {{(t.Stop is { } stop ? $", \"stop_loss\": {{ \"price\": {stop} }}" : string.Empty)}}
              {{(t.Target is { } target ? $", \"profit_targets\": [ {{ \"price\": {target}, \"percent_of_position\": 100 }} ]" : string.Empty)}}
            }
            """));
        return $$"""
            {
              "report_id": "{{ReportId}}",
              "generated_at": "2026-11-24T13:46:00-05:00",
              "portfolio_context": { "as_of": "2026-11-24T12:50:00-05:00", "total_value": 249800.00, "total_cash": 45000.00,
                "sectors": { "Technology": { "allocation_percent": 7.6 }, "Healthcare": { "allocation_percent": 24.8 },
                             "Energy": { "allocation_percent": 22.4 }, "Financials": { "allocation_percent": 27.1 } } },
              "trades": [ {{string.Join(",\n", items)}} ]
            }
            """;
    }

    public static JsonElement TradeOf(JsonElement report, string tradeId) =>
        report.GetProperty("trades").EnumerateArray().Single(t => t.GetProperty("trade_id").GetString() == tradeId);

    /// <summary>The open protective sells of <paramref name="symbol"/> in a <c>po paper orders --json</c> (or fake Alpaca) list.</summary>
    public static List<JsonElement> OpenProtective(JsonElement orders, string symbol) =>
        [.. orders.EnumerateArray().Where(o => o.GetProperty("symbol").GetString() == symbol && o.GetProperty("type").GetString() != "market"
            && o.GetProperty("status").GetString() is not ("filled" or "canceled" or "expired" or "rejected"))];

    /// <summary>Shares the open protective orders of <paramref name="symbol"/> cover: each one-cancels-other group once, at its largest leg.</summary>
    public static decimal Covered(JsonElement orders, string symbol) =>
        OpenProtective(orders, symbol)
            .GroupBy(o => o.GetProperty("link_group").GetString() ?? o.GetProperty("client_order_id").GetString())
            .Sum(g => g.Max(o => o.GetProperty("qty").GetDecimal()));

    /// <summary>Shares under an open stop (the shares that would be sold if the price fell through it).</summary>
    public static decimal UnderStop(JsonElement orders, string symbol) =>
        OpenProtective(orders, symbol).Where(o => o.GetProperty("type").GetString() == "stop").Sum(o => o.GetProperty("qty").GetDecimal());

    /// <summary>Shares <c>po paper account --json</c> says the account holds.</summary>
    public static decimal Held(JsonElement account, string symbol, string accountId = "TAXABLE-1") =>
        account.GetProperty("positions").EnumerateArray()
            .Where(p => p.GetProperty("symbol").GetString() == symbol && p.GetProperty("account").GetString() == accountId)
            .Sum(p => p.GetProperty("qty").GetDecimal());
}

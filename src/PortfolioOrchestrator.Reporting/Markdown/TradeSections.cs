using PortfolioOrchestrator.Domain.Accounts;
using PortfolioOrchestrator.Reporting.Model;
using static PortfolioOrchestrator.Reporting.Markdown.MarkdownFormat;
using static PortfolioOrchestrator.Reporting.Markdown.MarkdownText;

namespace PortfolioOrchestrator.Reporting.Markdown;

/// <summary>STEP 7's trades: executed (with their protective orders), halted, the rest, and slippage notes.</summary>
internal static class TradeSections
{
    public const string Executed = "EXECUTED";

    public static bool IsHeld(TradeReport trade) => trade.Status is "HALTED" or "DEFERRED";

    public static string Label(TradeReport trade) => $"{Escape(trade.TradeId)} {Escape(trade.Ticker)}";

    public static void Write(MarkdownWriter md, ExecutionReport report)
    {
        var executed = report.Trades.Where(t => t.Status == Executed).ToList();
        md.Heading(2, "Trades executed");
        if (executed.Count == 0)
        {
            md.Paragraph("No trade was executed.");
        }
        else
        {
            WriteExecutedTable(md, executed, VenueNames.IsPerAccount(report.Broker));
            md.Heading(3, "Stop-loss and profit targets")
                .Bullets(executed.SelectMany(ProtectionLines), "No protective order was placed.");
        }

        md.Heading(2, "Trades halted")
            .Bullets(report.Trades.Where(IsHeld).Select(t => $"{Label(t)} ({Dollars(t.SizeDollars)}, {Escape(t.Account)}): {t.Status}{ReasonSuffix(t)}"), "No trade was halted.");

        var others = report.Trades.Where(t => t.Status != Executed && !IsHeld(t)).ToList();
        if (others.Count > 0)
        {
            md.Heading(2, "Other trades").Bullets(others.Select(OtherLine), string.Empty);
        }

        md.Heading(2, "Slippage notes").Bullets(report.Trades.SelectMany(SlippageLines), "No slippage or partial fill to note.");
    }

    public static string ReasonSuffix(TradeReport trade) => trade.Reason is { Length: > 0 } reason ? $" — {Escape(reason)}" : string.Empty;

    private static void WriteExecutedTable(MarkdownWriter md, List<TradeReport> executed, bool perAccount) =>
        md.Table(
            ["Trade", "Ticker", "Side", "Size", "Price", "Quantity", "Filled", "Account", "Sector", "Executed at", "Buffer after", "Flags"],
            executed.Select(t => (IReadOnlyList<string>)
            [
                Escape(t.TradeId), Escape(t.Ticker), t.Side, Dollars(t.SizeDollars), Price(t.ExecutionPrice), Shares(t.ExecutionQuantity),
                Dollars(t.FilledDollars), Escape(AccountAndVenue(t, perAccount)), Escape(t.Sector), Time(t.ExecutionTimestamp), Percent(t.BufferAfter),
                string.Join(", ", t.Flags),
            ]));

    /// <summary>The account, and its venue where the run had one per account (CONTRACT §7): <c>ROTH-1 at paper</c>.</summary>
    private static string? AccountAndVenue(TradeReport trade, bool perAccount) =>
        perAccount && trade.Account is { } account && trade.Venue is { } venue ? $"{account} at {venue}" : trade.Account;

    private static IEnumerable<string> ProtectionLines(TradeReport trade)
    {
        foreach (var stop in trade.StopLossOrder is { } first ? [first, .. trade.AdditionalStopLossOrders] : trade.AdditionalStopLossOrders)
        {
            yield return $"{Label(trade)}: stop-loss {Escape(stop.ClientOrderId)}, {Shares(stop.Quantity)} shares at {Price(stop.StopPrice)} ({stop.Status}{Expiry(stop)})";
        }

        foreach (var target in trade.ProfitTargetOrders)
        {
            yield return $"{Label(trade)}: profit target {Escape(target.ClientOrderId)}, {Shares(target.Quantity)} shares at {Price(target.LimitPrice)} ({target.Status}{Expiry(target)})";
        }

        foreach (var gap in trade.Unprotected)
        {
            yield return $"{Label(trade)}: UNPROTECTED — {Escape(gap)}";
        }
    }

    private static string OtherLine(TradeReport trade)
    {
        var earlier = trade.EarlierRunId is { } run ? $" (placed by run {Escape(run)})" : string.Empty;
        return $"{Label(trade)} ({Dollars(trade.SizeDollars)}, {Escape(trade.Account)}): {trade.Status}{earlier}{ReasonSuffix(trade)}";
    }

    private static IEnumerable<string> SlippageLines(TradeReport trade)
    {
        if (trade.SlippageBps is { } bps && (bps != 0m || trade.Flags.Contains("SLIPPAGE")))
        {
            var flagged = trade.Flags.Contains("SLIPPAGE") ? " — flagged SLIPPAGE" : string.Empty;
            yield return $"{Label(trade)}: {Bps(bps)} against the last known price{flagged}";
        }

        if (trade.MarketPriceAtSubmission is { } market)
        {
            var against = trade.MarketSlippageBps is { } marketBps ? $"{Bps(marketBps)} against it" : "no fill to compare";
            yield return $"{Label(trade)}: market price at submission {Price(market)}; {against}";
        }

        if (trade.Flags.Contains("PARTIAL_FILL"))
        {
            yield return $"{Label(trade)}: PARTIAL_FILL — {Dollars(trade.FilledDollars)} of {Dollars(trade.SizeDollars)} filled";
        }
    }

    private static string Expiry(ProtectiveOrderReport order) => order.ExpiresAt is { } at ? $", expires {Time(at)}" : string.Empty;
}

using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Reporting.Building;
using PortfolioOrchestrator.Reporting.Markdown;
using PortfolioOrchestrator.Reporting.Model;
using static PortfolioOrchestrator.Reporting.Markdown.MarkdownText;

namespace PortfolioOrchestrator.Reporting.Routing;

/// <summary>
/// CONTRACT Resolution 15: a lot whose stop the market has already crossed, or that a venue refused to
/// protect, is routed to the Master-Architect — every trade flagged <c>UNPROTECTED</c>, with what is not protected.
/// </summary>
internal static class UnprotectedSection
{
    private static readonly string Flag = ContractNames.Of(TradeFlag.Unprotected);

    public static bool Concerns(TradeReport trade) => trade.Flags.Contains(Flag, StringComparer.Ordinal);

    public static void Write(MarkdownWriter md, ExecutionReport report)
    {
        var trades = report.Trades.Where(Concerns).ToList();
        if (trades.Count == 0)
        {
            return;
        }

        md.Heading(2, "Unprotected positions")
            .Paragraph("These shares have no working stop-loss of ours; decide whether to protect (`po protect`), sell or accept them.")
            .Bullets(trades.SelectMany(t => t.Unprotected.DefaultIfEmpty("not fully protected").Select(gap => $"{TradeSections.Label(t)} ({Escape(t.Account)}): {Escape(gap)}")), "None.");
    }
}

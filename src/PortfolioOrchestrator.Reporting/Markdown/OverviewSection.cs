using PortfolioOrchestrator.Reporting.Model;
using static PortfolioOrchestrator.Reporting.Markdown.MarkdownFormat;
using static PortfolioOrchestrator.Reporting.Markdown.MarkdownText;

namespace PortfolioOrchestrator.Reporting.Markdown;

/// <summary>The report's head: the run, its timing and data freshness (STEP 1–2C), and STEP 2's findings.</summary>
internal static class OverviewSection
{
    public static void Write(MarkdownWriter md, ExecutionReport report)
    {
        md.Heading(1, $"Execution report — run {Escape(report.RunId)}")
            .Bullet($"Status: **{report.Status}**")
            .Bullet($"QA report: {Escape(report.ReportId)}")
            .Bullet($"Broker: {Escape(report.Broker)}")
            .Bullet($"Execution timestamp: {Time(report.ExecutionTimestamp)}")
            .Bullet($"Completed at: {Time(report.CompletedAt)}")
            .Bullet($"Portfolio data: {report.PortfolioState ?? "not checked"} ({report.TradingDaysElapsed} trading days elapsed, {Hours(report.PortfolioAgeHours)} old)")
            .Bullet($"Refresh: {report.Refresh}")
            .Bullet($"Executed on: {ExecutedOn(report.ExecutedOnPortfolio)}")
            .Line(string.Empty);

        md.Heading(2, "Pre-execution checks");
        if (report.PreExecution is not { } pre)
        {
            md.Paragraph("The run stopped before the pre-execution checks.");
            return;
        }

        md.Bullet($"Total pending: {Dollars(pre.TotalPendingDollars)}")
            .Bullet($"Cash after all pending: {Dollars(pre.CashAfterAllPending)}")
            .Bullet($"Buffer after all pending: {Percent(pre.BufferAfterAllPending)} ({pre.BufferStatus})")
            .Line(string.Empty);
        if (pre.SectorFlags.Count > 0)
        {
            md.Table(
                ["Sector", "Approved", "Live", "Drift", "Pending buys", "Projected", "Over cap", "Note"],
                pre.SectorFlags.Select(f => (IReadOnlyList<string>)
                [
                    Escape(f.Sector), Percent(f.ApprovedAllocation), Percent(f.LiveAllocation), Points(f.DriftPp),
                    Dollars(f.PendingBuys), Percent(f.ProjectedAllocation), f.ExceedsCap ? "yes" : "no", Escape(f.Message),
                ]));
        }
    }

    /// <summary>Which PORTFOLIO.md the run executed on, in words (also the HTML report's).</summary>
    internal static string ExecutedOn(ExecutedOnPortfolioReport? portfolio) => portfolio switch
    {
        null => "not recorded",
        { RefreshedBy: null } => $"PORTFOLIO.md as given, Last Updated {Time(portfolio.LastUpdated)}",
        { RefreshedBy: "VENUE" } => $"PORTFOLIO.md with the venue's figures (Last Updated {Time(portfolio.LastUpdated)})",
        _ => $"the refreshed PORTFOLIO.md ({portfolio.RefreshedBy}), Last Updated {Time(portfolio.LastUpdated)}",
    };
}

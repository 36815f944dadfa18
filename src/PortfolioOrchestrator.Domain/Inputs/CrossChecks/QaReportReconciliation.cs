using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.QualityAssurance;

namespace PortfolioOrchestrator.Domain.Inputs.CrossChecks;

/// <summary>
/// The QA report read against PORTFOLIO.md and the clock, once both have been read on their own and
/// before STEP 1–2 use them: sectors in PORTFOLIO.md's names (Resolution 13), gates that are no QA
/// gate (Resolution 14), QA's figures and approval times that disagree with the portfolio or the clock
/// (Resolution 23). What it finds are warnings, added to <see cref="QaReport.Warnings"/>; none is bad input.
/// </summary>
public static class QaReportReconciliation
{
    /// <summary>The report with its sectors named as PORTFOLIO.md names them, and the warnings found.</summary>
    public static QaReport Apply(PortfolioSnapshot portfolio, QaReport report, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        ArgumentNullException.ThrowIfNull(report);
        var warnings = new List<string>(report.Warnings);
        var trades = TradeSectorRule.Apply(portfolio, report.Trades, report.PortfolioContext, warnings);
        var context = ContextSectorRule.Apply(portfolio, report.PortfolioContext, warnings);
        warnings.AddRange(UnknownGateRule.Warnings(report.Trades));
        warnings.AddRange(ContextFiguresRule.Warnings(portfolio, report.PortfolioContext));
        warnings.AddRange(FutureApprovalRule.Warnings(report.Trades, now));
        return report with { Trades = trades, PortfolioContext = context, Warnings = [.. warnings.Distinct(StringComparer.Ordinal)] };
    }
}

using PortfolioOrchestrator.Domain.Calendar;
using PortfolioOrchestrator.Domain.Inputs.CrossChecks;
using PortfolioOrchestrator.Domain.Policy;
using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.QualityAssurance;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Domain.Steps.Step1;
using PortfolioOrchestrator.Domain.Steps.Step2;
using PortfolioOrchestrator.Domain.Steps.Step3;

namespace PortfolioOrchestrator.Domain.Validation;

/// <summary>
/// <c>po validate</c>: STEP 1–2 as a pure function, through the very decisions the engine takes before
/// its first order (<see cref="StartupDecision"/>, <see cref="PreExecutionDecision"/>), so the two cannot disagree.
/// </summary>
public static class PreExecutionValidation
{
    public static ValidationVerdict Evaluate(PortfolioSnapshot portfolio, QaReport qaReport, ExecutionPolicy policy, ITradingCalendar calendar, DateTimeOffset now)
    {
        var report = QaReportReconciliation.Apply(portfolio, qaReport, now);
        var startup = StartupDecision.Assess(calendar, policy, portfolio.LastUpdated, now);
        var state = new RefreshTimingRule(policy).Classify(startup.Freshness);
        var queue = ExecutionQueue.Build(report.Trades);
        var pending = queue.Where(t => t.IsApproved).ToList();
        var preExecution = PreExecutionDecision.Assess(portfolio, report.PortfolioContext, pending, portfolio.TotalCash, portfolio.TotalValue, policy);

        var findings = startup.Findings.Concat(preExecution.Findings).ToList();
        var refresh = state switch
        {
            PortfolioState.Current => "NONE",
            PortfolioState.StaleWithinDay => "QUICK_REFRESH",
            _ => "FULL_REFRESH",
        };
        return new ValidationVerdict(startup.Freshness, state, refresh, preExecution.Summary, [.. findings.Select(f => f.Type)], findings.Any(f => f.Pauses), queue, [.. portfolio.Warnings, .. report.Warnings]);
    }
}

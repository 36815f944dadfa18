using PortfolioOrchestrator.Domain.Calendar;
using PortfolioOrchestrator.Domain.Policy;
using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.QualityAssurance;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Domain.Steps.Step1;
using PortfolioOrchestrator.Domain.Steps.Step2;
using PortfolioOrchestrator.Domain.Steps.Step3;

namespace PortfolioOrchestrator.Domain.Validation;

/// <summary><c>po validate</c>: the same rules the engine applies at STEP 1–2, as a pure function.</summary>
public static class PreExecutionValidation
{
    public static ValidationVerdict Evaluate(PortfolioSnapshot portfolio, QaReport report, ExecutionPolicy policy, ITradingCalendar calendar, DateTimeOffset now)
    {
        var freshnessRule = new FreshnessRule(calendar, policy);
        var freshness = freshnessRule.Measure(portfolio.LastUpdated, now);
        var state = new RefreshTimingRule(policy).Classify(freshness);
        var queue = ExecutionQueue.Build(report.Trades);
        var pending = queue.Where(t => t.IsApproved).ToList();
        var flags = new SectorDriftRule(policy).Evaluate(portfolio, report.PortfolioContext, pending);
        var aggregate = new AggregateBufferRule(policy).Evaluate(portfolio.TotalCash, portfolio.TotalValue, pending);

        var escalations = new List<EscalationType>();
        var needsDecision = false;
        if (freshnessRule.IsTooStale(freshness))
        {
            escalations.Add(EscalationType.StalePortfolio);
            needsDecision = true;
        }

        if (flags.Any(f => f.ExceedsCap))
        {
            escalations.Add(EscalationType.SectorHeadroomChanged);
            needsDecision = true;
        }

        if (aggregate.Buffer < policy.MinBuffer)
        {
            escalations.Add(EscalationType.BufferWouldBreach);
            needsDecision |= policy.PauseOnAggregateBreach;
        }

        var refresh = state switch
        {
            PortfolioState.Current => "NONE",
            PortfolioState.StaleWithinDay => "QUICK_REFRESH",
            _ => "FULL_REFRESH",
        };
        var summary = new PreExecutionSummary(aggregate.NetPending, aggregate.CashAfter, aggregate.Buffer, aggregate.Status, flags);
        return new ValidationVerdict(freshness, state, refresh, summary, escalations, needsDecision, queue);
    }
}

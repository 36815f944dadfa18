using PortfolioOrchestrator.Domain.Engine;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Domain.Steps.Step1;

/// <summary>
/// STEP 1: measure freshness, recognise trades already placed since approval, and escalate #1
/// (pause) when PORTFOLIO.md is more than one trading day old, unless that was approved.
/// </summary>
public sealed class Step1Startup(EngineServices services, TradeHistory history)
{
    public async Task<StepResult> RunAsync(RunSession session, CancellationToken cancellationToken)
    {
        var startup = StartupDecision.Assess(services.Calendar, session.Inputs.Policy, session.Inputs.Portfolio.LastUpdated, session.Now);
        var freshness = startup.Freshness;
        session.RecordFreshness(freshness);

        foreach (var trade in session.Trades.Where(t => t.Status == TradeStatus.Queued).ToList())
        {
            await history.MarkIfAlreadyPlacedAsync(session, trade, cancellationToken);
        }

        if (startup.IsTooStale && !session.Approvals.StalePortfolio)
        {
            var escalation = session.Raise(
                EscalationType.StalePortfolio,
                EscalationStep.Step1,
                $"PORTFOLIO.md is {freshness.TradingDaysElapsed} trading days old (updated {session.Inputs.Portfolio.LastUpdated:yyyy-MM-dd HH:mm zzz}); at most {session.Inputs.Policy.MaxStalenessTradingDays} allowed",
                HeldTrades.Of(session),
                "Approve to proceed with a caveat (a FULL_REFRESH is triggered first), defer, or halt",
                blocking: true);
            session.Pause(escalation);
            await session.CommitAsync(cancellationToken);
            return StepResult.Paused;
        }

        session.EnterPhase(RunPhase.PreExecution);
        session.Record("step1.done", $"portfolio {freshness.TradingDaysElapsed} trading days and {freshness.Age.TotalHours:0.##} hours old");
        await session.CommitAsync(cancellationToken);
        return StepResult.Continue;
    }
}

using PortfolioOrchestrator.Domain.Engine;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Domain.Steps.Step3;

/// <summary>STEP 3C on a refused order: the trade is EXECUTION_FAILED, escalation #6 is raised (not pausing) and the loop goes on.</summary>
public static class ExecutionFailure
{
    public static Task<TradeExecution> RecordAsync(RunSession session, TradeExecution trade, string reason, CancellationToken cancellationToken)
    {
        trade = trade.MoveTo(TradeStatus.ExecutionFailed) with { Reason = reason };
        session.Update(trade);
        session.Raise(
            EscalationType.ExecutionFailed,
            EscalationStep.Step3C,
            $"{trade.TradeId} {trade.Trade.Ticker} {trade.Trade.SizeDollars} in {trade.Trade.Account}: {reason}",
            [trade.TradeId],
            "Request alternative account, size reduction, or deferral",
            blocking: false);
        session.Stage();
        return Task.FromResult(trade);
    }
}

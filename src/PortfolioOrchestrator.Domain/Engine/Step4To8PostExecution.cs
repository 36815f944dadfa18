using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Domain.Steps.Step5;
using PortfolioOrchestrator.Domain.Steps.Step6;
using PortfolioOrchestrator.Domain.Steps.Step8;

namespace PortfolioOrchestrator.Domain.Engine;

/// <summary>
/// STEP 4–8 once the queue is done: a last look at orders still waiting for a fill, sector caps (#5),
/// the buffer (#4), the review date, and the run's final status. Escalations raised here do not pause
/// (CONTRACT Resolution 10).
/// </summary>
public sealed class Step4To8PostExecution(EngineServices services, Step3EProtection protection)
{
    public async Task RunAsync(RunSession session, CancellationToken cancellationToken)
    {
        await RecheckPendingFillsAsync(session, cancellationToken);

        var policy = session.Inputs.Policy;
        var sectors = new SectorCapRule(policy).Evaluate(session.Inputs.Portfolio, session.Trades);
        foreach (var sector in sectors.Where(s => !s.Pass))
        {
            var trigger = $"{sector.Sector} at {sector.Allocation} after execution, above the {policy.SectorCap} cap";
            if (!session.Escalations.Any(e => e.Type == EscalationType.SectorCapBreach && e.Trigger == trigger))
            {
                var trades = session.Trades.Where(t => t.Trade.Sector == sector.Sector && t.Fill is not null && t.Status is TradeStatus.Executed or TradeStatus.PendingFill).Select(t => t.TradeId).ToList();
                session.Raise(EscalationType.SectorCapBreach, "STEP 5", trigger, trades, "Request clarification OR rebalance positions", blocking: false);
            }
        }

        var buffer = new BufferVerificationRule(policy).Evaluate(session.Header.StartCash, session.Header.TotalValue, session.Trades);
        if (buffer.Check == BufferCheck.Fail && !session.Escalations.Any(e => e.Type == EscalationType.BufferBreached && e.Step == "STEP 6"))
        {
            session.Raise(EscalationType.BufferBreached, "STEP 6", $"Buffer {buffer.Buffer} after execution (cash {buffer.CashAfter}), below the {policy.BufferFloor} floor", [], "Request deposit or position reduction", blocking: false);
        }
        else if (buffer.Check == BufferCheck.Caution)
        {
            session.AddCaveat("Buffer marginal after execution, acceptable; monitor daily");
        }

        var halted = session.Escalations.Any(e => e.Decision?.Kind == DecisionKind.Halt);
        var status = halted ? RunStatus.Halted
            : session.Escalations.Count > 0 ? RunStatus.CompletedWithEscalations
            : RunStatus.Completed;
        session.Header = session.Header with
        {
            PostExecution = new PostExecutionSummary(sectors, buffer.CashAfter, buffer.Buffer, buffer.Check),
            NextReviewDate = ReviewSchedule.NextReviewDate(services.Calendar, session.Now),
            Status = status,
            Phase = RunPhase.Done,
            CompletedAt = session.Now,
        };
        session.Record("run.completed", $"{status}; buffer {buffer.Buffer} ({buffer.Check})");
        await session.CommitAsync(cancellationToken);
    }

    private async Task RecheckPendingFillsAsync(RunSession session, CancellationToken cancellationToken)
    {
        foreach (var trade in session.Trades.Where(t => t.Status == TradeStatus.PendingFill).ToList())
        {
            var lookup = await services.Broker.GetOrderAsync(trade.ClientOrderId!.Value, cancellationToken);
            if (lookup.Kind != OrderLookupKind.Found || FillReader.Read(lookup.Order!) is not { } fill)
            {
                continue;
            }

            var quality = new Steps.Step4.FillQualityRule(session.Inputs.Policy).Assess(trade.Trade, fill);
            var filled = trade with { Status = TradeStatus.Executed, Fill = fill, SlippageBps = quality.SlippageBps, Reason = "Filled after the no-fill escalation" };
            foreach (var flag in quality.Flags)
            {
                filled = filled.WithFlag(flag);
            }

            session.Update(filled);
            session.Record("order.filled_late", $"{trade.TradeId} {fill.Quantity} @ {fill.Price}");
            await session.CommitAsync(cancellationToken);
            await protection.ProtectAsync(session, filled, cancellationToken);
        }
    }
}

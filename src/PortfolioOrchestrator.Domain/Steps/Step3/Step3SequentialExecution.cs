using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Engine;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.QualityAssurance;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Domain.Steps.Step4;

namespace PortfolioOrchestrator.Domain.Steps.Step3;

/// <summary>
/// STEP 3C: executes the queue one trade at a time in approval order; after each accepted order the
/// running cash buffer is checked (CONTRACT Resolutions 1 and 5) and the run halts and pauses on a
/// breach. A rejection fails the trade, raises #6 and the loop goes on.
/// </summary>
public sealed class Step3SequentialExecution(EngineServices services, OrderSubmission submission, FillMonitor fills, Step3EProtection protection, ProtectionRestore restore)
{
    public async Task<StepResult> RunAsync(RunSession session, CancellationToken cancellationToken)
    {
        var rule = new InLoopBufferRule(session.Inputs.Policy);
        for (var index = session.Header.NextQueueIndex; index < session.Trades.Count; index++)
        {
            var trade = session.Trades[index];
            if (trade.Status is TradeStatus.NotApproved or TradeStatus.Halted or TradeStatus.Deferred)
            {
                continue;
            }

            if (services.StopRequested.IsCancellationRequested)
            {
                return StepResult.Stopped;
            }

            // A trade at or past NextQueueIndex may have been left mid-way by a crash: finish what it lacks.
            services.Observer.TradeStarting(trade);
            if (trade.Status is TradeStatus.Queued or TradeStatus.Submitting or TradeStatus.Unknown)
            {
                trade = await PlaceAsync(session, trade, cancellationToken);
            }

            // CONTRACT Resolution 15: the new buy's lot is protected at its own prices, then every earlier lot again.
            trade = await protection.ProtectAsync(session, trade, cancellationToken);
            trade = await restore.RestoreAsync(session, trade, cancellationToken);
            var paused = trade.Status is TradeStatus.Executed or TradeStatus.PendingFill
                && await CheckBufferAsync(session, rule, trade, index, cancellationToken);
            session.AdvanceQueue(index + 1);

            // The trade's outcome, protection and check go to the journal with the next trade's intent (or
            // where the run stops); a pause is a stop, so it commits now.
            if (paused)
            {
                await session.CommitAsync(cancellationToken);
                services.Observer.TradeFinished(session.Trades[index]);
                return StepResult.Paused;
            }

            session.Stage();
            services.Observer.TradeFinished(session.Trades[index]);
        }

        session.AdvanceQueue(session.Trades.Count);
        session.EnterPhase(RunPhase.PostExecution);
        session.Record("step3.done", $"running cash {session.Header.RunningCash}");
        session.Stage();
        return StepResult.Continue;
    }

    /// <summary>Submits the trade's entry order (once) and follows it to its fill or failure (STEP 3C + STEP 4).</summary>
    private async ValueTask<TradeExecution> PlaceAsync(RunSession session, TradeExecution trade, CancellationToken cancellationToken)
    {
        var submitted = await submission.SubmitAsync(session, trade, cancellationToken);
        return submitted.Outcome switch
        {
            null => submitted.Trade,
            { Kind: OrderOutcomeKind.Accepted } accepted => await fills.WatchAsync(session, submitted.Trade, accepted.Order!, cancellationToken),
            var refused => await ExecutionFailure.RecordAsync(session, submitted.Trade, refused.Reason ?? "refused by the broker", cancellationToken),
        };
    }

    /// <summary>Runs the in-loop check for an accepted trade; returns whether the run paused.</summary>
    private async Task<bool> CheckBufferAsync(RunSession session, InLoopBufferRule rule, TradeExecution trade, int index, CancellationToken cancellationToken)
    {
        // STEP 3C: NEW_CASH = cash as it stands after the trades before it − this trade's size (a sell adds).
        session.MoveRunningCash(trade.Trade.CashEffect);
        var cash = await CheckedCash.ForCheckAsync(session, services.Venues, index, cancellationToken);

        var next = NextQueued(session, index);
        var verdict = rule.Evaluate(cash, session.Header.TotalValue, next?.Trade);
        trade = trade with { BufferAfter = verdict.Buffer };
        var pause = false;
        switch (verdict.Kind)
        {
            case BufferVerdictKind.Marginal:
                trade = trade.WithFlag(TradeFlag.BufferMarginal);
                session.AddCaveat("Buffer marginal");
                break;
            case BufferVerdictKind.MarginalNextWouldBreach:
                trade = trade.WithFlag(TradeFlag.BufferMarginal);
                session.AddCaveat("Buffer marginal");
                pause = Escalate(session, EscalationType.BufferWouldBreach, index, $"Buffer {verdict.Buffer} after {trade.TradeId}; next trade {next!.TradeId} would take it to {verdict.NextBuffer}, below the {session.Inputs.Policy.BufferFloor} floor", "HALT remaining trades, ESCALATE to Master-Architect");
                break;
            case BufferVerdictKind.Breached:
                trade = trade.WithFlag(TradeFlag.BufferBreached);
                pause = Escalate(session, EscalationType.BufferBreached, index, $"Buffer {verdict.Buffer} after {trade.TradeId}, below the {session.Inputs.Policy.BufferFloor} floor", "HALT remaining, ESCALATE to MA");
                break;
        }

        session.Update(trade);
        session.Record("buffer.checked", $"{trade.TradeId}: {verdict.Kind} at {verdict.Buffer}");
        return pause;
    }

    /// <summary>Raises a pausing buffer escalation, or after an approval records the check as a caveat.</summary>
    private static bool Escalate(RunSession session, EscalationType type, int index, string trigger, string action)
    {
        if (session.Approvals.BufferBreach)
        {
            // CONTRACT Resolution 6: after approve, the checks are caveats, not a new pause.
            session.AddCaveat($"Continued after approval: {trigger}");
            return false;
        }

        var held = HeldTrades.Of(session, index + 1);
        var escalation = session.Raise(type, EscalationStep.Step3C, trigger, held, action, blocking: true);
        session.Pause(escalation);
        return true;
    }

    private static TradeExecution? NextQueued(RunSession session, int index)
    {
        for (var i = index + 1; i < session.Trades.Count; i++)
        {
            if (session.Trades[i].Status == TradeStatus.Queued)
            {
                return session.Trades[i];
            }
        }

        return null;
    }
}

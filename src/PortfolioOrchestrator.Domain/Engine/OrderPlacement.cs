using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Domain.Steps.Step4;

namespace PortfolioOrchestrator.Domain.Engine;

/// <summary>
/// Places one entry order exactly once: the intent is durable before the broker is called, an
/// unresolved submit is settled by looking the client order id up (never by sending again), and the
/// fill is watched until the order is done or the no-fill window passes (STEP 3C + STEP 4).
/// </summary>
public sealed class OrderPlacement(EngineServices services, TradeHistory history)
{
    private static readonly TimeSpan FirstPoll = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan LongestPoll = TimeSpan.FromSeconds(30);
    private const int SettleAttempts = 4;

    /// <summary>Takes a queued, submitting or unknown trade to its outcome and returns it as committed.</summary>
    public async Task<TradeExecution> PlaceAsync(RunSession session, TradeExecution trade, CancellationToken cancellationToken)
    {
        OrderOutcome outcome;
        if (trade.Status == TradeStatus.Queued)
        {
            if (await history.MarkIfAlreadyPlacedAsync(session, trade, cancellationToken))
            {
                await session.CommitAsync(cancellationToken);
                return session.Trades[trade.Sequence];
            }

            var attempt = await history.NextAttemptAsync(session, trade, cancellationToken);
            var orderId = ClientOrderId.ForEntry(session.Header.ReportId, trade.TradeId, attempt);
            var existing = await services.Broker.GetOrderAsync(orderId, cancellationToken);
            switch (existing.Kind)
            {
                case OrderLookupKind.Found:
                    TradeHistory.Mark(session, trade, orderId, attempt, FillReader.Read(existing.Order!), null);
                    await session.CommitAsync(cancellationToken);
                    return session.Trades[trade.Sequence];
                case OrderLookupKind.Unresolved:
                    throw new BrokerUnavailableException($"Could not ask {services.Broker.Name} whether {orderId} exists ({existing.Reason}); nothing was sent.");
            }

            trade = trade with { Status = TradeStatus.Submitting, Attempt = attempt, ClientOrderId = orderId, SubmittedAt = session.Now };
            session.Update(trade);
            session.Record("order.intent", $"{trade.TradeId} {trade.Trade.Side} {trade.Trade.Ticker} {trade.Trade.SizeDollars} as {orderId}");
            await session.CommitAsync(cancellationToken);
            outcome = await services.Broker.SubmitAsync(ToRequest(trade), cancellationToken);
        }
        else
        {
            outcome = await SettleAsync(session, trade, cancellationToken);
        }

        if (outcome.Kind == OrderOutcomeKind.Unresolved)
        {
            trade = trade with { Status = TradeStatus.Unknown, Reason = outcome.Reason };
            session.Update(trade);
            session.Record("order.unresolved", $"{trade.TradeId} {trade.ClientOrderId}: {outcome.Reason}");
            await session.CommitAsync(cancellationToken);
            outcome = await SettleAsync(session, trade, cancellationToken);
        }

        return outcome.Kind switch
        {
            OrderOutcomeKind.Accepted => await MonitorAsync(session, trade, outcome.Order!, cancellationToken),
            _ => await FailAsync(session, trade, outcome.Reason ?? "refused by the broker", cancellationToken),
        };
    }

    /// <summary>Asks the broker about a trade whose submit may or may not have reached it.</summary>
    private async Task<OrderOutcome> SettleAsync(RunSession session, TradeExecution trade, CancellationToken cancellationToken)
    {
        var orderId = trade.ClientOrderId ?? throw new InvalidOperationException($"{trade.TradeId} has no client order id to settle.");
        var wait = TimeSpan.FromSeconds(1);
        for (var attempt = 1; ; attempt++)
        {
            var lookup = await services.Broker.GetOrderAsync(orderId, cancellationToken);
            if (lookup.Kind == OrderLookupKind.Found)
            {
                var order = lookup.Order!;
                session.Record("order.settled", $"{trade.TradeId} {orderId} found: {order.Status}");
                return order.Status == OrderStatus.Rejected ? OrderOutcome.Rejected(order.RejectReason ?? "rejected", order) : OrderOutcome.Accepted(order);
            }

            if (lookup.Kind == OrderLookupKind.NotFound && trade.Status == TradeStatus.Submitting)
            {
                // The intent was durable but the submit never reached the venue: sending now is the first send.
                session.Record("order.resubmit", $"{trade.TradeId} {orderId} never reached the venue");
                return await services.Broker.SubmitAsync(ToRequest(trade), cancellationToken);
            }

            if (attempt >= SettleAttempts)
            {
                if (lookup.Kind == OrderLookupKind.NotFound)
                {
                    return OrderOutcome.Rejected($"Submission unresolved ({trade.Reason}); the venue has no order {orderId}");
                }

                throw new BrokerUnavailableException($"Could not settle {orderId} with {services.Broker.Name} ({lookup.Reason}); run `po resume {session.RunId}` when it is reachable.");
            }

            await services.Waiter.WaitAsync(wait, cancellationToken);
            wait *= 2;
        }
    }

    private async Task<TradeExecution> MonitorAsync(RunSession session, TradeExecution trade, BrokerOrder order, CancellationToken cancellationToken)
    {
        var policy = session.Inputs.Policy;
        var submittedAt = trade.SubmittedAt ?? order.SubmittedAt;
        var poll = FirstPoll;
        while (!order.Status.IsFinal())
        {
            var elapsed = session.Now - submittedAt;
            if (elapsed >= policy.NoFillAfter)
            {
                break;
            }

            var wait = poll < policy.NoFillAfter - elapsed ? poll : policy.NoFillAfter - elapsed;
            await services.Waiter.WaitAsync(wait, cancellationToken);
            poll = poll * 2 < LongestPoll ? poll * 2 : LongestPoll;
            var lookup = await services.Broker.GetOrderAsync(order.ClientOrderId, cancellationToken);
            if (lookup.Kind == OrderLookupKind.Found)
            {
                order = lookup.Order!;
            }
        }

        if (!order.Status.IsFinal() && order.FilledQuantity > 0m)
        {
            // CONTRACT Resolution 8: the unfilled rest is canceled; the trade counts for what filled.
            var canceled = await services.Broker.CancelAsync(order.ClientOrderId, cancellationToken);
            order = canceled.Order ?? order;
            session.Record("order.rest_canceled", $"{trade.TradeId} {order.ClientOrderId} filled {order.FilledQuantity}");
        }

        var fill = FillReader.Read(order);
        if (fill is null)
        {
            return order.Status.IsFinal()
                ? await FailAsync(session, trade, $"Order {order.Status.ToString().ToLowerInvariant()} with nothing filled", cancellationToken)
                : await NoFillAsync(session, trade, cancellationToken);
        }

        var quality = new FillQualityRule(policy).Assess(trade.Trade, fill);
        trade = trade with { Status = TradeStatus.Executed, Fill = fill, SlippageBps = quality.SlippageBps, Reason = null };
        foreach (var flag in quality.Flags)
        {
            trade = trade.WithFlag(flag);
        }

        session.Update(trade);
        session.Record("order.filled", $"{trade.TradeId} {fill.Quantity} @ {fill.Price} = {fill.FilledDollars}; slippage {quality.SlippageBps} bps");
        await session.CommitAsync(cancellationToken);
        return trade;
    }

    private static async Task<TradeExecution> NoFillAsync(RunSession session, TradeExecution trade, CancellationToken cancellationToken)
    {
        trade = trade with { Status = TradeStatus.PendingFill, Reason = $"Nothing filled {session.Inputs.Policy.NoFillAfter.TotalMinutes:0} minutes after submission" };
        session.Update(trade);
        session.Raise(
            EscalationType.NoFill,
            "STEP 4",
            $"{trade.TradeId} {trade.Trade.Ticker}: no fill {session.Inputs.Policy.NoFillAfter.TotalMinutes:0} minutes after submission ({trade.ClientOrderId})",
            [trade.TradeId],
            "Escalate to Master-Architect: keep waiting, cancel, or re-route",
            blocking: false);
        await session.CommitAsync(cancellationToken);
        return trade;
    }

    private static async Task<TradeExecution> FailAsync(RunSession session, TradeExecution trade, string reason, CancellationToken cancellationToken)
    {
        trade = trade with { Status = TradeStatus.ExecutionFailed, Reason = reason };
        session.Update(trade);
        session.Raise(
            EscalationType.ExecutionFailed,
            "STEP 3C",
            $"{trade.TradeId} {trade.Trade.Ticker} {trade.Trade.SizeDollars} in {trade.Trade.Account}: {reason}",
            [trade.TradeId],
            "Request alternative account, size reduction, or deferral",
            blocking: false);
        await session.CommitAsync(cancellationToken);
        return trade;
    }

    private static OrderRequest ToRequest(TradeExecution trade) => new(
        trade.ClientOrderId!.Value,
        trade.Trade.Ticker,
        trade.Trade.Side == QualityAssurance.TradeSide.Buy ? OrderSide.Buy : OrderSide.Sell,
        trade.Trade.Account!.Value,
        trade.Trade.SizeDollars,
        trade.Trade.LastKnownPrice ?? Money.Zero);
}

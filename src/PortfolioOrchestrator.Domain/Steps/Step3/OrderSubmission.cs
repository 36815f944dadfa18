using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Engine;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Domain.Steps.Step1;
using PortfolioOrchestrator.Domain.Steps.Step4;

namespace PortfolioOrchestrator.Domain.Steps.Step3;

/// <summary>
/// STEP 3C's <c>execute_order</c>, exactly once: the intent is durable before the broker is called, and
/// an unresolved submit is settled by looking the client order id up (never by sending again).
/// </summary>
public sealed class OrderSubmission(EngineServices services, TradeHistory history)
{
    private const int SettleAttempts = 4;

    /// <summary>
    /// Takes a queued, submitting or unknown trade as far as the venue's answer. A trade already placed
    /// comes back committed with no outcome; otherwise the outcome says what the venue did with the order.
    /// </summary>
    public async Task<SubmissionResult> SubmitAsync(RunSession session, TradeExecution trade, CancellationToken cancellationToken)
    {
        OrderOutcome outcome;
        if (trade.Status == TradeStatus.Queued)
        {
            if (await history.MarkIfAlreadyPlacedAsync(session, trade, cancellationToken))
            {
                await session.CommitAsync(cancellationToken);
                return new SubmissionResult(session.Trades[trade.Sequence], null);
            }

            var attempt = await history.NextAttemptAsync(session, trade, cancellationToken);
            var orderId = ClientOrderId.ForEntry(session.Header.ReportId, trade.TradeId, attempt);
            var existing = await services.Broker.GetOrderAsync(orderId, cancellationToken);
            switch (existing.Kind)
            {
                case OrderLookupKind.Found:
                    TradeHistory.Mark(session, trade, orderId, attempt, FillReader.Read(existing.Order!), null);
                    await session.CommitAsync(cancellationToken);
                    return new SubmissionResult(session.Trades[trade.Sequence], null);
                case OrderLookupKind.Unresolved:
                    throw new BrokerUnavailableException($"Could not ask {services.Broker.Name} whether {orderId} exists ({existing.Reason}); nothing was sent.");
            }

            trade = trade.MoveTo(TradeStatus.Submitting) with { Attempt = attempt, ClientOrderId = orderId, SubmittedAt = session.Now };
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
            trade = trade.MoveTo(TradeStatus.Unknown) with { Reason = outcome.Reason };
            session.Update(trade);
            session.Record("order.unresolved", $"{trade.TradeId} {trade.ClientOrderId}: {outcome.Reason}");
            await session.CommitAsync(cancellationToken);
            outcome = await SettleAsync(session, trade, cancellationToken);
        }

        return new SubmissionResult(trade, outcome);
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

    private static OrderRequest ToRequest(TradeExecution trade) => new(
        trade.ClientOrderId!.Value,
        trade.Trade.Ticker,
        trade.Trade.Side == QualityAssurance.TradeSide.Buy ? OrderSide.Buy : OrderSide.Sell,
        trade.Trade.Account!.Value,
        trade.Trade.SizeDollars,
        trade.Trade.LastKnownPrice ?? Money.Zero);
}

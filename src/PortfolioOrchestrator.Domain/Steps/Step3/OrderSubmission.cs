using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Engine;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Domain.Steps.Step1;
using PortfolioOrchestrator.Domain.Steps.Step4;

namespace PortfolioOrchestrator.Domain.Steps.Step3;

/// <summary>
/// STEP 3C's <c>execute_order</c>, exactly once: the intent is durable before the broker is called, the
/// order only ever goes out under its own client order id, and an unresolved submit is settled by looking
/// that id up and, while the venue has no such order, sending the same request again (CONTRACT
/// Resolutions 11, 12 and 17). A venue refuses a second order with an id it holds, so nothing is asked
/// before the first send.
/// </summary>
public sealed class OrderSubmission(EngineServices services, TradeHistory history, ProtectionLift lift)
{
    /// <summary>How long an unresolved submit is settled before the run stops with the trade unresolved (Resolution 17).</summary>
    public static readonly TimeSpan ResolveWithin = TimeSpan.FromMinutes(2);

    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(16);

    /// <summary>
    /// Takes a queued, submitting or unknown trade as far as the venue's answer. A trade already placed
    /// comes back staged with no outcome; otherwise the outcome says what the venue did with the order.
    /// </summary>
    public async ValueTask<SubmissionResult> SubmitAsync(RunSession session, TradeExecution trade, CancellationToken cancellationToken)
    {
        OrderOutcome outcome;
        if (trade.Status == TradeStatus.Queued)
        {
            if (await history.MarkIfAlreadyPlacedAsync(session, trade, cancellationToken))
            {
                session.Stage();
                return new SubmissionResult(session.Trades[trade.Sequence], null);
            }

            // CONTRACT Resolution 15: our open protection of the position is canceled, each confirmed final, before the order.
            await lift.LiftAsync(session, trade, cancellationToken);
            var attempt = await history.NextAttemptAsync(session, trade, cancellationToken);
            var orderId = ClientOrderId.ForEntry(session.Header.ReportId, trade.TradeId, attempt);

            // Resolution 22: the venue's market price just before the send, durable with the intent.
            var market = await services.Venues.For(trade.Trade.Account).GetMarketPriceAsync(trade.Trade.Ticker, trade.Trade.LastKnownPrice, cancellationToken);
            trade = trade.MoveTo(TradeStatus.Submitting) with { Attempt = attempt, ClientOrderId = orderId, SubmittedAt = session.Now, MarketPriceAtSubmission = market };
            session.Update(trade);
            session.Record("order.intent", $"{trade.TradeId} {trade.Trade.Side} {trade.Trade.Ticker} {trade.Trade.SizeDollars} as {orderId}");

            // The one durable commit of the trade (Resolution 11): the intent, with whatever the trades before it staged.
            await session.CommitAsync(cancellationToken);
            outcome = await services.Venues.For(trade.Trade.Account).SubmitAsync(ToRequest(trade), cancellationToken);
            if (outcome is { Kind: not OrderOutcomeKind.Unresolved, AlreadyPlaced: true, Order: { } earlier })
            {
                // Resolution 11: the venue held this id before this run's first send; the trade was placed earlier.
                TradeHistory.Mark(session, trade, orderId, attempt, FillReader.Read(earlier), null);
                session.Stage();
                return new SubmissionResult(session.Trades[trade.Sequence], null);
            }
        }
        else
        {
            outcome = await SettleAsync(session, trade, cancellationToken);
        }

        if (outcome.Note is { } note)
        {
            session.AddCaveat($"{trade.TradeId} {trade.Trade.Ticker}: {note}");
        }

        if (outcome.Kind == OrderOutcomeKind.Unresolved)
        {
            trade = trade.MoveTo(TradeStatus.Unknown) with { Reason = outcome.Reason };
            session.Update(trade);
            session.Record("order.unresolved", $"{trade.TradeId} {trade.ClientOrderId}: {outcome.Reason}");
            session.Stage();
            outcome = await SettleAsync(session, trade, cancellationToken);
        }

        return new SubmissionResult(trade, outcome);
    }

    /// <summary>
    /// Settles a trade whose submit may or may not have reached the venue: an order found under its id is
    /// the outcome; a venue that has none gets the same request again under the same id; an unanswered
    /// look-up is asked again. After <see cref="ResolveWithin"/> the run stops, the trade unresolved, for
    /// <c>po resume</c> to continue the same way.
    /// </summary>
    private async Task<OrderOutcome> SettleAsync(RunSession session, TradeExecution trade, CancellationToken cancellationToken)
    {
        var orderId = trade.ClientOrderId ?? throw new InvalidOperationException($"{trade.TradeId} has no client order id to settle.");
        var deadline = session.Now + ResolveWithin;
        var wait = TimeSpan.FromSeconds(1);
        var reason = trade.Reason;
        while (true)
        {
            var lookup = await services.Venues.For(trade.Trade.Account).GetOrderAsync(orderId, cancellationToken);
            if (lookup.Kind == OrderLookupKind.Found)
            {
                var order = lookup.Order!;
                session.Record("order.settled", $"{trade.TradeId} {orderId} found: {order.Status}");
                return order.Status == OrderStatus.Rejected ? OrderOutcome.Rejected(order.RejectReason ?? "rejected", order) : OrderOutcome.Accepted(order);
            }

            if (lookup.Kind == OrderLookupKind.NotFound)
            {
                // Not found is not a failure: the same request under the same id cannot make a second order.
                session.Record("order.resubmit", $"{trade.TradeId} {orderId} not at the venue; sent again under the same id");
                var outcome = await services.Venues.For(trade.Trade.Account).SubmitAsync(ToRequest(trade), cancellationToken);
                if (outcome.Kind != OrderOutcomeKind.Unresolved)
                {
                    return outcome;
                }

                reason = outcome.Reason;
            }
            else
            {
                reason = lookup.Reason;
            }

            if (session.Now + wait > deadline)
            {
                throw new BrokerUnavailableException(
                    $"{trade.TradeId} ({orderId}) is unresolved after {ResolveWithin.TotalMinutes:0} minutes ({reason}); nothing else was sent. Run `po resume {session.RunId}` to settle it.");
            }

            await services.Waiter.WaitAsync(wait, cancellationToken);
            wait = wait * 2 < LongestWait ? wait * 2 : LongestWait;
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

using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Engine;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Domain.Steps.Step3;

namespace PortfolioOrchestrator.Domain.Steps.Step4;

/// <summary>
/// STEP 4 for an accepted entry order: watches it until the venue is done with it or the no-fill window
/// passes, cancels an unfilled rest (CONTRACT Resolution 8), and records the fill and its quality — or
/// a failure, or a PENDING_FILL with its STEP 4 escalation. It looks the order up after each poll wait
/// (0.5 s doubling to 30 s); a venue that pushes news (<see cref="IOrderUpdates"/>) cuts the wait short.
/// An entry with nothing filled on a position whose protection was lifted for it is canceled too (CONTRACT Resolution 15: a venue refuses protective
/// sells while our order is open), and fails with the NO_FILL escalation. Cancels are confirmed final
/// (Resolution 18), so what filled meanwhile counts.
/// </summary>
public sealed class FillMonitor(EngineServices services)
{
    private static readonly TimeSpan FirstPoll = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan LongestPoll = TimeSpan.FromSeconds(30);

    /// <summary>Follows <paramref name="order"/> to its end for <paramref name="trade"/> and returns the trade as staged.</summary>
    public async ValueTask<TradeExecution> WatchAsync(RunSession session, TradeExecution trade, BrokerOrder order, CancellationToken cancellationToken)
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
            var venue = services.Venues.For(trade.Trade.Account);
            await WaitAsync(venue, order.ClientOrderId, wait, cancellationToken);
            poll = poll * 2 < LongestPoll ? poll * 2 : LongestPoll;
            var lookup = await venue.GetOrderAsync(order.ClientOrderId, cancellationToken);
            if (lookup.Kind == OrderLookupKind.Found)
            {
                order = lookup.Order!;
            }
        }

        var canceledForProtection = false;
        if (!order.Status.IsFinal() && (order.FilledQuantity > 0m || await ProtectionLiftedAsync(session, trade, cancellationToken)))
        {
            // CONTRACT Resolution 8: the unfilled rest is canceled; the trade counts for what filled.
            canceledForProtection = order.FilledQuantity <= 0m;
            order = await FinalCancel.CancelUntilFinalAsync(services.Venues.For(trade.Trade.Account), order.ClientOrderId, services.Waiter, cancellationToken) ?? order;
            session.Record("order.rest_canceled", $"{trade.TradeId} {order.ClientOrderId}: {order.Status}, filled {order.FilledQuantity}");
        }

        var fill = FillReader.Read(order);
        if (fill is null)
        {
            if (!order.Status.IsFinal())
            {
                return await NoFillAsync(session, trade, cancellationToken);
            }

            return canceledForProtection
                ? await NoFillCanceledAsync(session, trade)
                : await ExecutionFailure.RecordAsync(session, trade, $"Order {order.Status.ToString().ToLowerInvariant()} with nothing filled", cancellationToken);
        }

        var quality = new FillQualityRule(policy).Assess(trade.Trade, fill, trade.MarketPriceAtSubmission);
        trade = trade.MoveTo(TradeStatus.Executed) with { Fill = fill, SlippageBps = quality.SlippageBps, MarketSlippageBps = quality.MarketSlippageBps, Reason = null };
        foreach (var flag in quality.Flags)
        {
            trade = trade.WithFlag(flag);
        }

        session.Update(trade);
        await LotLedger.TakeInAsync(session, trade, cancellationToken);
        session.Record("order.filled", $"{trade.TradeId} {fill.Quantity} @ {fill.Price} = {fill.FilledDollars}; slippage {quality.SlippageBps} bps");
        session.Stage();
        return trade;
    }

    /// <summary>Whether the protection of the trade's position was lifted for this order and waits to be restored.</summary>
    private static async Task<bool> ProtectionLiftedAsync(RunSession session, TradeExecution trade, CancellationToken cancellationToken) =>
        trade.Trade.Account is { } account && ProtectionRestore.IsDue(await session.PositionAsync(account, trade.Trade.Ticker, cancellationToken));

    /// <summary>CONTRACT Resolution 15: the entry was canceled with nothing filled so the earlier protection can come back.</summary>
    private static Task<TradeExecution> NoFillCanceledAsync(RunSession session, TradeExecution trade)
    {
        var minutes = session.Inputs.Policy.NoFillAfter.TotalMinutes.ToString("0", System.Globalization.CultureInfo.InvariantCulture);
        trade = trade.MoveTo(TradeStatus.ExecutionFailed) with { Reason = $"Nothing filled {minutes} minutes after submission; the order was canceled so the position's protection could be restored" };
        session.Update(trade);
        session.Raise(
            EscalationType.NoFill,
            EscalationStep.Step4,
            $"{trade.TradeId} {trade.Trade.Ticker}: no fill {minutes} minutes after submission ({trade.ClientOrderId}); canceled, and the earlier protection of {trade.Trade.Account} {trade.Trade.Ticker} restored",
            [trade.TradeId],
            "Escalate to Master-Architect: re-submit, re-size or drop the trade",
            blocking: false);
        session.Stage();
        return Task.FromResult(trade);
    }

    /// <summary>The poll wait, ended early by the venue's news of the order where it pushes news.</summary>
    private async Task WaitAsync(IBroker venue, Primitives.ClientOrderId id, TimeSpan wait, CancellationToken cancellationToken)
    {
        if (venue is not IOrderUpdates updates)
        {
            await services.Waiter.WaitAsync(wait, cancellationToken);
            return;
        }

        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var news = updates.WaitForNewsAsync(id, either.Token);
        var timer = news.IsCompleted ? Task.CompletedTask : services.Waiter.WaitAsync(wait, either.Token);
        await Task.WhenAny(news, timer);
        await either.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }

    private static Task<TradeExecution> NoFillAsync(RunSession session, TradeExecution trade, CancellationToken cancellationToken)
    {
        trade = trade.MoveTo(TradeStatus.PendingFill) with { Reason = $"Nothing filled {session.Inputs.Policy.NoFillAfter.TotalMinutes:0} minutes after submission" };
        session.Update(trade);
        session.Raise(
            EscalationType.NoFill,
            EscalationStep.Step4,
            $"{trade.TradeId} {trade.Trade.Ticker}: no fill {session.Inputs.Policy.NoFillAfter.TotalMinutes:0} minutes after submission ({trade.ClientOrderId})",
            [trade.TradeId],
            "Escalate to Master-Architect: keep waiting, cancel, or re-route",
            blocking: false);
        session.Stage();
        return Task.FromResult(trade);
    }
}

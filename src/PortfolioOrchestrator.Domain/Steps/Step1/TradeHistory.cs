using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Engine;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Domain.Steps.Step4;

namespace PortfolioOrchestrator.Domain.Steps.Step1;

/// <summary>
/// CONTRACT Resolution 11: a trade of the same QA report placed by an earlier run (found in the journal
/// or at the broker) is ALREADY_EXECUTED and never sent again; the attempt number moves on only after
/// a definitive failure with nothing filled.
/// </summary>
public sealed class TradeHistory(EngineServices services)
{
    /// <summary>Marks <paramref name="trade"/> ALREADY_EXECUTED if an earlier run placed it; returns whether it did.</summary>
    public async Task<bool> MarkIfAlreadyPlacedAsync(RunSession session, TradeExecution trade, CancellationToken cancellationToken)
    {
        var earlier = await EarlierRecordsAsync(session, trade, cancellationToken);
        var placed = earlier.LastOrDefault(h => h.Trade.ClientOrderId is not null && MayBeAtBroker(h.Trade.Status));
        if (placed.Trade is null)
        {
            return false;
        }

        var orderId = placed.Trade.ClientOrderId!.Value;
        var lookup = await services.Venues.For(trade.Trade.Account).GetOrderAsync(orderId, cancellationToken);
        var undecided = placed.Trade.Status is TradeStatus.Submitting or TradeStatus.Unknown;
        if (lookup.Kind == OrderLookupKind.NotFound && undecided)
        {
            // The earlier run crashed before its order reached the venue; this run uses the same id.
            return false;
        }

        if (lookup.Kind == OrderLookupKind.Unresolved && undecided)
        {
            // Only the venue knows whether the earlier intent became an order: claim nothing, send nothing.
            throw new BrokerUnavailableException($"Could not ask {services.Venues.For(trade.Trade.Account).Name} whether {orderId} exists ({lookup.Reason}); nothing was sent.");
        }

        var fill = lookup.Kind == OrderLookupKind.Found ? FillReader.Read(lookup.Order!) ?? placed.Trade.Fill : placed.Trade.Fill;
        Mark(session, trade, orderId, placed.Trade.Attempt, fill, placed.RunId);
        return true;
    }

    /// <summary>The attempt number this run's order for <paramref name="trade"/> uses.</summary>
    public async Task<int> NextAttemptAsync(RunSession session, TradeExecution trade, CancellationToken cancellationToken)
    {
        var earlier = await EarlierRecordsAsync(session, trade, cancellationToken);
        var last = earlier.Where(h => h.Trade.ClientOrderId is not null).Select(h => h.Trade).LastOrDefault();
        if (last is null)
        {
            return Math.Max(trade.Attempt, 1);
        }

        var definitiveFailure = last.Status == TradeStatus.ExecutionFailed && (last.Fill?.Quantity ?? 0m) == 0m;
        return Math.Max(trade.Attempt, definitiveFailure ? last.Attempt + 1 : last.Attempt);
    }

    public static void Mark(RunSession session, TradeExecution trade, ClientOrderId orderId, int attempt, TradeFill? fill, RunId? earlierRun)
    {
        var marked = trade.MoveTo(TradeStatus.AlreadyExecuted) with
        {
            ClientOrderId = orderId,
            Attempt = attempt,
            Fill = fill,
            EarlierRunId = earlierRun,
            Reason = earlierRun is { } run ? $"Placed earlier by run {run} as {orderId}" : $"Found at the broker as {orderId}",
        };
        session.Update(marked);
        session.AddCaveat($"{trade.TradeId} was already placed ({orderId}); not sent again, and PORTFOLIO.md may not reflect it yet");
        session.Record("trade.already_executed", $"{trade.TradeId} {orderId}");
    }

    private static bool MayBeAtBroker(TradeStatus status) =>
        status is TradeStatus.Executed or TradeStatus.PendingFill or TradeStatus.AlreadyExecuted or TradeStatus.Submitting or TradeStatus.Unknown;

    private async Task<IReadOnlyList<(RunId RunId, TradeExecution Trade)>> EarlierRecordsAsync(RunSession session, TradeExecution trade, CancellationToken cancellationToken)
    {
        var all = await services.Journal.FindTradeHistoryAsync(session.Header.ReportId, trade.TradeId, cancellationToken);

        // Most trades were recorded by this run alone: nothing earlier, and nothing to copy.
        return all.Count == 1 && all[0].RunId == session.RunId ? [] : [.. all.Where(h => h.RunId != session.RunId)];
    }
}

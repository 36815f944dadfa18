using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Engine;
using PortfolioOrchestrator.Domain.Positions;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Domain.Steps.Step3;

/// <summary>
/// CONTRACT Resolution 15, before any order on an (account, ticker): the open protective orders of ours
/// are canceled, each confirmed final (Resolution 18: read again until canceled, filled, expired or
/// rejected). Shares a protective order sold meanwhile, or between runs (a stop or target hit), consume
/// its own lot.
/// </summary>
public sealed class ProtectionLift(EngineServices services)
{
    private const int MostReads = 12;
    private static readonly TimeSpan FirstRead = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan LongestRead = TimeSpan.FromSeconds(30);

    /// <summary>Lifts the protection of <paramref name="trade"/>'s position and stages what it found (the order's intent commits it).</summary>
    /// <exception cref="BrokerUnavailableException">A protective order is not confirmed final: nothing is sent, and <c>po resume</c> lifts again.</exception>
    public async Task LiftAsync(RunSession session, TradeExecution trade, CancellationToken cancellationToken)
    {
        if (trade.Trade.Account is null)
        {
            return;
        }

        var position = await LotLedger.PositionOfAsync(session, trade, cancellationToken);
        if (!position.HasOpenProtection)
        {
            return;
        }

        // What a cancel here ends must be durable first: otherwise a resume would replay the steps that placed
        // it against a venue where it is already canceled, and protect the position again (docs/journal.md).
        if (session.HasUncommittedPosition(trade.Trade.Account.Value, trade.Trade.Ticker))
        {
            await session.CommitAsync(cancellationToken);
        }

        var venue = services.Venues.For(trade.Trade.Account);
        string? refusal = null;
        foreach (var lot in position.Lots)
        {
            var orders = new List<ProtectiveOrder>(lot.ProtectiveOrders.Count);
            var sold = 0m;
            foreach (var order in lot.ProtectiveOrders)
            {
                if (order.Status.IsFinal() || refusal is not null)
                {
                    orders.Add(order);
                    continue;
                }

                var final = await CancelUntilFinalAsync(venue, order.ClientOrderId, cancellationToken);
                if (final is null || !final.Status.IsFinal())
                {
                    refusal = $"protective order {order.ClientOrderId} of {trade.Trade.Ticker} was not confirmed final at the venue";
                    orders.Add(final is null ? order : order with { Status = final.Status });
                    continue;
                }

                orders.Add(order with { Status = final.Status });
                sold += final.FilledQuantity;
                session.Record("protection.lifted", $"{lot.Id} {order.ClientOrderId}: {final.Status}, {final.FilledQuantity} filled");
            }

            position = position.With((lot with { ProtectiveOrders = orders }).Less(sold));
            if (sold > 0m)
            {
                session.AddCaveat($"{trade.Trade.Account} {trade.Trade.Ticker}: protective orders of lot {lot.Id} sold {sold} shares before this run's order");
            }
        }

        session.UpdatePosition(position);
        session.Stage();
        if (refusal is not null)
        {
            throw new BrokerUnavailableException($"{trade.TradeId} was not sent: {refusal}. Run `po resume {session.RunId}` to try again.");
        }
    }

    private async Task<BrokerOrder?> CancelUntilFinalAsync(IBroker venue, Primitives.ClientOrderId id, CancellationToken cancellationToken)
    {
        var order = (await venue.CancelAsync(id, cancellationToken)).Order;
        var wait = FirstRead;
        for (var read = 0; read < MostReads && order?.Status.IsFinal() != true; read++)
        {
            await services.Waiter.WaitAsync(wait, cancellationToken);
            wait = wait * 2 < LongestRead ? wait * 2 : LongestRead;
            var lookup = await venue.GetOrderAsync(id, cancellationToken);
            if (lookup.Kind == OrderLookupKind.Found)
            {
                order = lookup.Order;
            }
        }

        return order;
    }
}

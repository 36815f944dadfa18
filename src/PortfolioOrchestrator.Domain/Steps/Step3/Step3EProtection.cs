using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Engine;
using PortfolioOrchestrator.Domain.Positions;
using PortfolioOrchestrator.Domain.QualityAssurance;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Domain.Steps.Step3;

/// <summary>
/// STEP 3E (CONTRACT Resolution 9): after a buy fills, a stop-loss and profit targets for the filled
/// quantity, placed in slices (<see cref="ProtectionSlicing"/>): the report's <c>stop_loss_order</c> is the
/// first slice's stop, the other slices' stops are <c>additional_stop_loss_orders</c>. Done once per trade.
/// </summary>
public sealed class Step3EProtection(EngineServices services)
{
    public async ValueTask<TradeExecution> ProtectAsync(RunSession session, TradeExecution trade, CancellationToken cancellationToken)
    {
        if (trade.ProtectionPlaced || trade.Trade.Side != TradeSide.Buy || trade.Status != TradeStatus.Executed || trade.Fill is not { Quantity: > 0m } fill)
        {
            return trade;
        }

        trade = FlagMissingStop(session, trade);
        if (trade.Trade.StopLoss is null && trade.Trade.ProfitTargets.Count == 0)
        {
            session.Update(trade);
            return trade;
        }

        var request = new ProtectionRequest(trade.ClientOrderId!.Value, trade.Trade.Ticker, trade.Trade.Account!.Value, fill.Quantity, trade.Trade.StopLoss, trade.Trade.ProfitTargets)
        {
            TradeId = trade.TradeId,
            RunId = session.RunId,
        };
        var outcome = await services.Venues.For(trade.Trade.Account).ProtectAsync(request, cancellationToken);
        var stops = outcome.Orders.Where(o => o.Type == OrderType.Stop).Select(ProtectiveOrder.From).ToList();
        var targets = outcome.Orders.Where(o => o.Type == OrderType.Limit).Select(ProtectiveOrder.From).ToList();
        trade = trade with
        {
            StopLossOrder = stops.FirstOrDefault(),
            AdditionalStopLossOrders = [.. stops.Skip(1)],
            ProfitTargetOrders = targets,
            Unprotected = [.. trade.Unprotected, .. outcome.Unprotected],
            ProtectionPlaced = true,
        };
        if (outcome.Unprotected.Count > 0)
        {
            trade = trade.WithFlag(TradeFlag.Unprotected);
            session.AddCaveat($"{trade.TradeId}: not fully protected: {string.Join("; ", outcome.Unprotected)}");
        }

        session.Update(trade);
        await RecordInLotAsync(session, trade, outcome, cancellationToken);
        session.Record("protection.placed", $"{trade.TradeId}: {outcome.Orders.Count} orders; {outcome.Unprotected.Count} gaps");
        session.Stage();
        return trade;
    }

    /// <summary>CONTRACT Resolution 15: the orders protect the lot the buy opened, as its first protection generation.</summary>
    private static async Task RecordInLotAsync(RunSession session, TradeExecution trade, ProtectionOutcome outcome, CancellationToken cancellationToken)
    {
        var position = await session.PositionAsync(trade.Trade.Account!.Value, trade.Trade.Ticker, cancellationToken);
        if (position.Find(LotId.ForEntry(trade.ClientOrderId!.Value)) is { } lot)
        {
            session.UpdatePosition(position.With(lot with
            {
                Generation = 1,
                ProtectiveOrders = [.. outcome.Orders.Select(ProtectiveOrder.From)],
                Unprotected = outcome.Unprotected,
            }));
        }
    }

    /// <summary>
    /// CONTRACT Resolution 15: a buy whose QA trade gives no <c>stop_loss</c> is executed and flagged
    /// <c>UNPROTECTED</c> with a caveat, since STEP 3E asks for a stop-loss on every executed trade.
    /// </summary>
    private static TradeExecution FlagMissingStop(RunSession session, TradeExecution trade)
    {
        if (trade.Trade.StopLoss is not null || trade.Flags.Contains(TradeFlag.Unprotected))
        {
            return trade;
        }

        session.AddCaveat($"{trade.TradeId}: executed without a stop-loss: the QA trade gives no stop_loss");
        return trade.WithFlag(TradeFlag.Unprotected) with { Unprotected = [.. trade.Unprotected, "no stop_loss in the QA trade"] };
    }
}

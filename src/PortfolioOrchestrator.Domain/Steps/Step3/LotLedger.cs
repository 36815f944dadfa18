using PortfolioOrchestrator.Domain.Engine;
using PortfolioOrchestrator.Domain.Positions;
using PortfolioOrchestrator.Domain.QualityAssurance;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Domain.Steps.Step3;

/// <summary>
/// CONTRACT Resolution 15: what a trade's fill does to its position's lots, recorded with the fill in one
/// commit so it happens exactly once. A filled buy opens a lot at its own prices; a filled sell consumes
/// lots first in, first out. A position the journal has no lots of starts with the shares PORTFOLIO.md
/// holds as the oldest lot, unprotected by us.
/// </summary>
public static class LotLedger
{
    /// <summary>The trade's position's lots, first seen: the shares PORTFOLIO.md holds as <see cref="LotId.HeldBefore"/>.</summary>
    public static async ValueTask<PositionLots> PositionOfAsync(RunSession session, TradeExecution trade, CancellationToken cancellationToken)
    {
        var account = trade.Trade.Account!.Value;
        var position = await session.PositionAsync(account, trade.Trade.Ticker, cancellationToken);
        if (position.Lots.Count > 0)
        {
            return position;
        }

        var held = session.HeldShares(account, trade.Trade.Ticker);
        return held > 0m ? position.With(new Lot { Id = LotId.HeldBefore, Quantity = held }) : position;
    }

    /// <summary>Records the fill of <paramref name="trade"/> in its position's lots (written with the session's next commit).</summary>
    public static async Task TakeInAsync(RunSession session, TradeExecution trade, CancellationToken cancellationToken)
    {
        if (trade.Fill is not { Quantity: > 0m } fill || trade.ClientOrderId is not { } entry || trade.Trade.Account is null)
        {
            return;
        }

        var position = await PositionOfAsync(session, trade, cancellationToken);
        var lotId = LotId.ForEntry(entry);
        if (trade.Trade.Side == TradeSide.Buy)
        {
            if (position.Find(lotId) is not null)
            {
                return;
            }

            position = position.With(new Lot
            {
                Id = lotId,
                Quantity = fill.Quantity,
                RunId = session.RunId,
                TradeId = trade.TradeId,
                OpenedAt = fill.At,
                Stop = trade.Trade.StopLoss,
                Targets = trade.Trade.ProfitTargets,
            });
            session.Record("lot.opened", $"{trade.Trade.Account} {trade.Trade.Ticker} {lotId}: {fill.Quantity} shares");
        }
        else
        {
            position = position.ConsumeFifo(fill.Quantity);
            session.Record("lot.sold", $"{trade.Trade.Account} {trade.Trade.Ticker}: {fill.Quantity} shares first in, first out");
        }

        session.UpdatePosition(position);
    }
}

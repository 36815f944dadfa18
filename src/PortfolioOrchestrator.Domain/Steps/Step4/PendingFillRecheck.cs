using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Engine;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Domain.Steps.Step3;

namespace PortfolioOrchestrator.Domain.Steps.Step4;

/// <summary>
/// STEP 4 once the queue is done: a last look at every order still PENDING_FILL; one that filled since
/// is EXECUTED with its fill quality, then protected (STEP 3E).
/// </summary>
public sealed class PendingFillRecheck(EngineServices services, Step3EProtection protection)
{
    public async Task RunAsync(RunSession session, CancellationToken cancellationToken)
    {
        foreach (var trade in session.Trades.Where(t => t.Status == TradeStatus.PendingFill).ToList())
        {
            var lookup = await services.Venues.For(trade.Trade.Account).GetOrderAsync(trade.ClientOrderId!.Value, cancellationToken);
            if (lookup.Kind != OrderLookupKind.Found || FillReader.Read(lookup.Order!) is not { } fill)
            {
                continue;
            }

            var quality = new FillQualityRule(session.Inputs.Policy).Assess(trade.Trade, fill, trade.MarketPriceAtSubmission);
            var filled = trade.MoveTo(TradeStatus.Executed) with
            {
                Fill = fill, SlippageBps = quality.SlippageBps, MarketSlippageBps = quality.MarketSlippageBps, Reason = "Filled after the no-fill escalation",
            };
            foreach (var flag in quality.Flags)
            {
                filled = filled.WithFlag(flag);
            }

            session.Update(filled);
            await LotLedger.TakeInAsync(session, filled, cancellationToken);
            session.Record("order.filled_late", $"{trade.TradeId} {fill.Quantity} @ {fill.Price}");
            session.Stage();
            await protection.ProtectAsync(session, filled, cancellationToken);
        }
    }
}

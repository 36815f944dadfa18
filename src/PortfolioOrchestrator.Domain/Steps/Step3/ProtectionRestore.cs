using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Engine;
using PortfolioOrchestrator.Domain.Positions;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Domain.Steps.Step3;

/// <summary>
/// CONTRACT Resolution 15, after any order on an (account, ticker), whatever its outcome: every lot of ours
/// that holds shares and whose protective orders are all final (lifted before the order, or ended at the
/// venue) is protected again at its own prices for the
/// quantity it still holds, as the lot's next protection generation (so a resume places the same ids and
/// nothing twice). What the venue will not protect is reported under the trade's <c>unprotected</c>,
/// flagged <c>UNPROTECTED</c>, with a caveat.
/// </summary>
public sealed class ProtectionRestore(EngineServices services)
{
    public async ValueTask<TradeExecution> RestoreAsync(RunSession session, TradeExecution trade, CancellationToken cancellationToken)
    {
        if (trade.Trade.Account is not { } account)
        {
            return trade;
        }

        var position = await session.PositionAsync(account, trade.Trade.Ticker, cancellationToken);
        var due = position.Lots.Where(NeedsProtection).ToList();
        if (due.Count == 0)
        {
            return trade;
        }

        var venue = services.Venues.For(account);

        // A stop the market has already crossed protects nothing (Resolution 15): checked against the price now.
        var market = await venue.GetMarketPriceAsync(trade.Trade.Ticker, null, cancellationToken);
        foreach (var lot in due)
        {
            var request = LotProtectionRequest.For(account, trade.Trade.Ticker, lot, lot.Quantity, lot.Generation + 1) with { MarketPrice = market };
            var outcome = await venue.ProtectAsync(request, cancellationToken);
            var orders = outcome.Orders.Select(ProtectiveOrder.From).ToList();
            var gaps = outcome.Unprotected.ToList();
            if (orders.Count > 0 && orders.All(o => o.Status.IsFinal()))
            {
                gaps.Add($"the venue holds the protective orders of generation {request.Generation} as final; lot {lot.Id} is not protected");
            }

            position = position.With(lot with { Generation = request.Generation, ProtectiveOrders = orders, Unprotected = gaps });
            session.Record("protection.restored", $"{account} {trade.Trade.Ticker} lot {lot.Id}: {lot.Quantity} shares, generation {request.Generation}, {orders.Count} orders");
            if (gaps.Count > 0)
            {
                var words = $"lot {lot.Id} ({lot.Quantity} shares): {string.Join("; ", gaps)}";
                trade = trade.WithFlag(TradeFlag.Unprotected) with { Unprotected = [.. trade.Unprotected, words] };
                session.AddCaveat($"{trade.TradeId}: {trade.Trade.Ticker} not fully protected again: {words}");
            }
        }

        session.Update(trade);
        session.UpdatePosition(position);
        session.Stage();
        return trade;
    }

    /// <summary>Whether <paramref name="position"/> has a lot whose protection was lifted (or ended) and is due again.</summary>
    public static bool IsDue(PositionLots position)
    {
        ArgumentNullException.ThrowIfNull(position);
        return position.Lots.Any(NeedsProtection);
    }

    private static bool NeedsProtection(Lot lot) =>
        !lot.IsHeldBefore
        && lot.Quantity > 0m
        && (lot.Stop is not null || lot.Targets.Count > 0)
        && lot.ProtectiveOrders.Count > 0
        && !lot.HasOpenProtectiveOrders;
}

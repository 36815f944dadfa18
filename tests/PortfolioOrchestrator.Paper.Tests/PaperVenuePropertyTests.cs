using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;
using static PortfolioOrchestrator.Paper.Tests.Support.Paper;

namespace PortfolioOrchestrator.Paper.Tests;

public sealed class PaperVenuePropertyTests
{
    private const decimal OpeningCash = 50_000m;

    private const string Script = """
        {"default": {"slippage_bps": 7}, "tickers": {"AMD": {"fill_ratio": 0.85}, "NVDA": {"reject": "halted"}, "TSLA": {"no_fill": true}}}
        """;

    private static Gen<OrderRequest> Requests =>
        from id in Gen.Choose(1, 8)
        from ticker in Gen.Elements("MSFT", "AMD", "NVDA", "TSLA")
        from sell in Gen.Elements(false, true)
        from cents in Gen.Choose(1, 2_000_000)
        from price in Gen.Choose(100, 50_000)
        let request = Buy("o-" + id, ticker, cents / 100m, price / 100m)
        select sell ? request with { Side = OrderSide.Sell } : request;

    [Property(MaxTest = 60)]
    public Property Random_submits_make_one_order_per_id_and_conserve_cash() =>
        Prop.ForAll(Gen.ListOf(Requests).ToArbitrary(), requests =>
        {
            using var venue = VenueAsync(Script, OpeningCash).GetAwaiter().GetResult();
            foreach (var request in requests)
            {
                venue.SubmitAsync(request, CancellationToken.None).GetAwaiter().GetResult();
            }

            var orders = venue.ListOrdersAsync().GetAwaiter().GetResult();
            var cash = venue.GetAccountAsync(CancellationToken.None).GetAwaiter().GetResult()!.Cash;
            var bought = orders.Where(o => o.Side == OrderSide.Buy).Sum(o => o.FilledNotional.Dollars);
            var sold = orders.Where(o => o.Side == OrderSide.Sell).Sum(o => o.FilledNotional.Dollars);
            var positions = venue.ListPositionsAsync().GetAwaiter().GetResult();

            return orders.Count == requests.Select(r => r.ClientOrderId).Distinct().Count()
                && orders.Select(o => o.ClientOrderId).Distinct().Count() == orders.Count
                && cash.Dollars == OpeningCash - bought + sold
                && cash.Dollars >= 0m
                && cash.Dollars + positions.Sum(p => p.Cost.Dollars) == OpeningCash;
        });
}

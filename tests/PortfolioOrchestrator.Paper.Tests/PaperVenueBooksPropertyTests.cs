using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;
using static PortfolioOrchestrator.Paper.Tests.Support.Paper;

namespace PortfolioOrchestrator.Paper.Tests;

/// <summary>CONTRACT §6 as an invariant: whatever buys, sells, protections, cancels and marks come, no holding goes below zero and open sells never hold back more than is held.</summary>
public sealed class PaperVenueBooksPropertyTests
{
    private static readonly string[] Tickers = ["MSFT", "AMD"];

    private static Gen<(int Kind, int Ticker, int Amount)> Steps =>
        from kind in Gen.Choose(0, 4)
        from ticker in Gen.Choose(0, 1)
        from amount in Gen.Choose(1, 300_000)
        select (kind, ticker, amount);

    [Property(MaxTest = 80)]
    public Property Section6_no_position_goes_negative_and_reserved_never_exceeds_held() =>
        Prop.ForAll(Gen.ListOf(Steps).ToArbitrary(), steps =>
        {
            using var venue = HoldingAsync("""{"tickers": {"AMD": {"fill_ratio": 0.85}}}""", 20_000m, ("MSFT", 10m, 100m)).GetAwaiter().GetResult();
            var prices = new Dictionary<string, decimal> { ["MSFT"] = 100m, ["AMD"] = 100m };
            var entries = new List<BrokerOrder>();
            var number = 0;
            foreach (var (kind, index, amount) in steps)
            {
                var ticker = Tickers[index];
                number++;
                var id = "s-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
                switch (kind)
                {
                    case 0:
                        var bought = Wait(venue.SubmitAsync(Buy(id, ticker, amount / 100m, prices[ticker]), CancellationToken.None)).Order;
                        if (bought is { FilledQuantity: > 0m })
                        {
                            entries.Add(bought);
                        }

                        break;
                    case 1:
                        Wait(venue.SubmitAsync(Sell(id, ticker, amount / 100m, prices[ticker]), CancellationToken.None));
                        break;
                    case 2 when entries.Count > 0:
                        var entry = entries[amount % entries.Count];
                        var fill = entry.FilledAveragePrice!.Value.Dollars;
                        Wait(venue.ProtectAsync(Protection(entry, fill * 0.9m, (fill * 1.1m, amount % 101), (fill * 1.2m, 100 - (amount % 101))), CancellationToken.None));
                        break;
                    case 3:
                        prices[ticker] = 50m + (amount % 10_000 / 100m);
                        Wait(venue.MarkAsync(new Dictionary<Ticker, Money> { [Ticker.Create(ticker)] = Money.FromDollars(prices[ticker]) }));
                        break;
                    case 4:
                        var open = Wait(venue.ListOrdersAsync()).Where(o => !o.Status.IsFinal()).ToList();
                        if (open.Count > 0)
                        {
                            Wait(venue.CancelAsync(open[amount % open.Count].ClientOrderId, CancellationToken.None));
                        }

                        break;
                }

                if (Wait(venue.ListPositionsAsync()).Any(p => p.Quantity < 0m || p.Reserved > p.Quantity))
                {
                    return false;
                }
            }

            return Wait(venue.ReadAccountAsync())!.Cash.Dollars >= 0m;
        });

    private static T Wait<T>(Task<T> task) => task.GetAwaiter().GetResult();
}

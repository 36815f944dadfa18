using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.Primitives;
using static PortfolioOrchestrator.Reporting.Markdown.MarkdownFormat;

namespace PortfolioOrchestrator.Reporting.Monitoring;

/// <summary>
/// Each position — PORTFOLIO.md's, then any the venue's working protective orders name that it does not
/// list — against today's price: a price that reaches a stop-loss or target needs attention; a position
/// without a price is <c>NOT_CHECKED</c> (CONTRACT Resolution 16), and so is every one when no price was given.
/// </summary>
internal static class ProtectionCheck
{
    public sealed record Result(IReadOnlyList<MonitorPosition> Positions, IReadOnlyList<MonitorOrder> Orders, IReadOnlyList<MonitorFinding> Findings);

    private sealed record Holding(Ticker Ticker, AccountId? Account, string? Sector, decimal? Quantity);

    public static Result Run(PortfolioSnapshot portfolio, IReadOnlyList<BrokerOrder> orders, IReadOnlyDictionary<string, decimal>? prices)
    {
        var working = orders
            .Where(o => o.Type is OrderType.Stop or OrderType.Limit && o.Status is OrderStatus.New or OrderStatus.Accepted or OrderStatus.PartiallyFilled)
            .OrderBy(o => o.Ticker.Value, StringComparer.Ordinal).ThenBy(o => o.ClientOrderId.Value, StringComparer.Ordinal)
            .ToList();
        var holdings = Holdings(portfolio, working);
        var judged = working.Select(o => (Order: o, Report: WorkingOrders.Judge(o, PriceOf(prices, o.Ticker)))).ToList();

        var findings = judged.Where(j => j.Report.Triggered == true).Select(j => Reached(j.Report, j.Order.Account)).ToList();
        var positions = new List<MonitorPosition>();
        var unpriced = new List<Holding>();
        foreach (var holding in holdings)
        {
            var price = PriceOf(prices, holding.Ticker);
            var reached = judged.Any(j => Protects(j.Order, holding) && j.Report.Triggered == true);
            var status = price is null ? MonitorStatus.NotChecked : reached ? MonitorStatus.NeedsAttention : MonitorStatus.Ok;
            if (price is null)
            {
                unpriced.Add(holding);
            }

            positions.Add(new MonitorPosition(holding.Ticker.Value, holding.Account?.Value, holding.Sector, holding.Quantity, price, status));
        }

        findings.AddRange(Unchecked(unpriced, checkedAny: unpriced.Count < holdings.Count));
        return new Result(positions, [.. judged.Select(j => j.Report)], findings);
    }

    private static List<Holding> Holdings(PortfolioSnapshot portfolio, IReadOnlyList<BrokerOrder> working)
    {
        var holdings = portfolio.Positions.Select(p => new Holding(p.Ticker, p.Account, p.Sector.Value, p.Quantity)).ToList();
        foreach (var order in working)
        {
            if (!holdings.Any(h => Protects(order, h)))
            {
                holdings.Add(new Holding(order.Ticker, order.Account, null, null));
            }
        }

        return holdings;
    }

    private static bool Protects(BrokerOrder order, Holding holding) =>
        order.Ticker == holding.Ticker && (order.Account is null || holding.Account is null || order.Account == holding.Account);

    private static decimal? PriceOf(IReadOnlyDictionary<string, decimal>? prices, Ticker ticker) =>
        prices is not null && prices.TryGetValue(ticker.Value, out var price) ? price : null;

    private static MonitorFinding Reached(MonitorOrder order, AccountId? account) => order.Type == WorkingOrders.Stop
        ? new MonitorFinding(MonitorFindingKinds.StopLossReached, order.Ticker, account?.Value, $"{order.Ticker} at {Price(order.Price)} reaches stop-loss {Price(order.StopPrice)} ({order.ClientOrderId})")
        : new MonitorFinding(MonitorFindingKinds.ProfitTargetReached, order.Ticker, account?.Value, $"{order.Ticker} at {Price(order.Price)} reaches target {Price(order.LimitPrice)} ({order.ClientOrderId})");

    private static IEnumerable<MonitorFinding> Unchecked(IReadOnlyList<Holding> holdings, bool checkedAny)
    {
        if (holdings.Count == 0)
        {
            yield break;
        }

        if (!checkedAny)
        {
            yield return MonitorFinding.Of(
                MonitorFindingKinds.NotChecked,
                $"No position was checked: no price was given for {string.Join(", ", holdings.Select(Name))} (po monitor --prices FILE)");
            yield break;
        }

        foreach (var holding in holdings)
        {
            yield return new MonitorFinding(MonitorFindingKinds.NotChecked, holding.Ticker.Value, holding.Account?.Value, $"{Name(holding)} was not checked: no price was given for it");
        }
    }

    private static string Name(Holding holding) => holding.Account is { } account ? $"{holding.Ticker} ({account})" : holding.Ticker.Value;
}

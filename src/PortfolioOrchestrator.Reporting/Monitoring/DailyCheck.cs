using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Policy;
using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Steps.Step6;
using PortfolioOrchestrator.Reporting.Building;
using static PortfolioOrchestrator.Reporting.Markdown.MarkdownFormat;

namespace PortfolioOrchestrator.Reporting.Monitoring;

/// <summary>
/// STEP 8's daily monitoring, on a portfolio snapshot, the venue's orders and today's prices (null: orders listed, not judged). A sell
/// stop triggers at or below its stop price, a sell limit at or above its limit; a buy the other way.
/// </summary>
public static class DailyCheck
{
    public const string Ok = "OK";
    public const string NeedsAttention = "NEEDS_ATTENTION";

    public static MonitorReport Run(PortfolioSnapshot portfolio, ExecutionPolicy policy, IReadOnlyList<BrokerOrder> orders, IReadOnlyDictionary<string, decimal>? prices, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(orders);
        var findings = new List<string>();
        var cap = policy.SectorCap.Fraction;
        var sectors = portfolio.SectorValues.Keys
            .Select(sector => (Name: sector.Value, Allocation: portfolio.AllocationOf(sector)))
            .Select(s => new MonitorSector(s.Name, s.Allocation.Fraction, cap, policy.IsOverSectorCap(s.Allocation) ? "FAIL" : "PASS"))
            .ToList();
        findings.AddRange(sectors.Where(s => s.Status == "FAIL").Select(s => $"{s.Sector} at {Percent(s.Allocation)} is over the {Percent(cap)} sector cap"));

        var total = portfolio.TotalValue.Dollars;
        var buffer = total > 0m ? portfolio.TotalCash.Dollars / total : 0m;
        var check = ContractNames.Of(BufferVerificationRule.CheckOf(policy, Ratio.FromFraction(buffer)));
        if (check != "PASS")
        {
            findings.Add($"Cash buffer {Percent(buffer)} is {(check == "FAIL" ? "below the floor of " + Percent(policy.BufferFloor.Fraction) : "below the " + Percent(policy.MinBuffer.Fraction) + " minimum")}");
        }

        var working = orders
            .Where(o => o.Type is OrderType.Stop or OrderType.Limit && o.Status is OrderStatus.New or OrderStatus.Accepted or OrderStatus.PartiallyFilled)
            .OrderBy(o => o.Ticker.Value, StringComparer.Ordinal).ThenBy(o => o.ClientOrderId.Value, StringComparer.Ordinal)
            .Select(o => Order(o, prices))
            .ToList();
        findings.AddRange(working.Where(o => o.Triggered == true).Select(o =>
            $"{o.Ticker} at {Price(o.Price)} reaches {(o.Type == "stop" ? "stop-loss " + Price(o.StopPrice) : "target " + Price(o.LimitPrice))} ({o.ClientOrderId})"));
        // Without --prices the orders are listed, not judged; with prices, a ticker left out is a gap to close.
        findings.AddRange(working.Where(o => prices is not null && o.Triggered is null).Select(o => o.Ticker).Distinct(StringComparer.Ordinal)
            .Select(t => $"No price given for {t}: its protective orders could not be checked"));

        return new MonitorReport
        {
            Date = date,
            Status = findings.Count == 0 ? Ok : NeedsAttention,
            PortfolioLastUpdated = portfolio.LastUpdated,
            Sectors = sectors,
            Cash = new MonitorCash(portfolio.TotalCash.Dollars, total, buffer, policy.MinBuffer.Fraction, policy.BufferFloor.Fraction, check),
            ProtectiveOrders = working,
            Findings = findings,
        };
    }

    private static MonitorOrder Order(BrokerOrder order, IReadOnlyDictionary<string, decimal>? prices)
    {
        decimal? price = prices is not null && prices.TryGetValue(order.Ticker.Value.ToUpperInvariant(), out var p) ? p : null;
        var sell = order.Side == OrderSide.Sell;
        bool? triggered = price is not { } at ? null : order.Type switch
        {
            OrderType.Stop when order.StopPrice is { } stop => sell ? at <= stop.Dollars : at >= stop.Dollars,
            OrderType.Limit when order.LimitPrice is { } limit => sell ? at >= limit.Dollars : at <= limit.Dollars,
            _ => null,
        };
        return new MonitorOrder(
            order.ClientOrderId.Value,
            order.Ticker.Value,
            sell ? "sell" : "buy",
            order.Type == OrderType.Stop ? "stop" : "limit",
            order.Quantity,
            order.StopPrice?.Dollars,
            order.LimitPrice?.Dollars,
            order.Status switch { OrderStatus.New => "new", OrderStatus.Accepted => "accepted", _ => "partially_filled" },
            price,
            triggered);
    }
}

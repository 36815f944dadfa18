using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Paper.Simulation;

/// <summary>
/// The protective orders for one filled long entry (CONTRACT Resolution 9): a sell stop for the whole
/// filled quantity (<c>-sl</c>) and a sell limit per profit target (<c>-tp1</c>, <c>-tp2</c>, …) splitting
/// the quantity by percent, all in link group <c>-oco</c>. Orders the venue refuses are described in
/// <see cref="Unprotected"/> instead.
/// </summary>
internal sealed record PaperProtectionPlan(IReadOnlyList<BrokerOrder> Orders, IReadOnlyList<string> Unprotected)
{
    /// <param name="request">What to protect.</param>
    /// <param name="entry">The entry order as the venue holds it (null: unknown to the venue).</param>
    /// <param name="available">Shares the account holds in the ticker that no other open sell holds back: never protected beyond.</param>
    /// <param name="now">When the orders are placed.</param>
    public static PaperProtectionPlan Make(ProtectionRequest request, BrokerOrder? entry, decimal available, DateTimeOffset now)
    {
        if (request.StopLoss is null && request.Targets.Count == 0)
        {
            return new([], []);
        }

        if (entry is null || entry.FilledQuantity <= 0m || entry.FilledAveragePrice is not { } fillPrice)
        {
            return new([], [$"entry order {request.EntryOrderId} has nothing filled at the venue; no protective orders were placed"]);
        }

        if (entry.Side != OrderSide.Buy)
        {
            return new([], [$"entry order {request.EntryOrderId} is a sell; only long entries are protected"]);
        }

        var builder = new PlanBuilder(request, fillPrice, now);
        var quantity = request.FilledQuantity;
        if (quantity > entry.FilledQuantity)
        {
            builder.Unprotected.Add($"asked to protect {quantity} shares but the venue filled {entry.FilledQuantity}; protecting {entry.FilledQuantity}");
            quantity = entry.FilledQuantity;
        }

        if (quantity > available)
        {
            var shown = Math.Max(0m, available);
            builder.Unprotected.Add($"asked to protect {quantity} shares but the account holds {shown} not held back by other open sells; protecting {shown}");
            quantity = shown;
        }

        if (quantity <= 0m)
        {
            return new([], [.. builder.Unprotected, $"entry order {request.EntryOrderId}: no held shares to protect"]);
        }

        builder.AddStop(quantity);
        builder.AddTargets(quantity);
        return new(builder.Orders, builder.Unprotected);
    }

    private sealed class PlanBuilder(ProtectionRequest request, Money fillPrice, DateTimeOffset now)
    {
        public List<BrokerOrder> Orders { get; } = [];

        public List<string> Unprotected { get; } = [];

        public void AddStop(decimal quantity)
        {
            if (request.StopLoss is not { } stop)
            {
                return;
            }

            if (stop.Price >= fillPrice)
            {
                Unprotected.Add($"stop-loss at {stop.Price} refused by the venue: a sell stop must be below the fill price {fillPrice}; {quantity} shares have no stop");
                return;
            }

            Orders.Add(Order("sl", OrderType.Stop, quantity) with { StopPrice = stop.Price });
        }

        public void AddTargets(decimal quantity)
        {
            var targets = request.Targets;
            var askedPercent = targets.Where(t => t.PercentOfPosition > 0m).Sum(t => t.PercentOfPosition);
            if (askedPercent > 100m)
            {
                Unprotected.Add($"profit targets ask for {askedPercent}% of the position; capped to the filled quantity of {quantity} shares");
            }

            var lastIndex = targets.Count - 1;
            var remaining = quantity;
            for (var i = 0; i < targets.Count; i++)
            {
                var target = targets[i];
                var number = i + 1;
                if (target.PercentOfPosition <= 0m)
                {
                    Unprotected.Add($"profit target {number} has no positive percent_of_position; not placed");
                    continue;
                }

                var share = Math.Round(quantity * target.PercentOfPosition / 100m, 6, MidpointRounding.ToZero);

                // The last target takes what truncation left over, so a full split covers the quantity exactly.
                if (i == lastIndex && askedPercent >= 100m)
                {
                    share = remaining;
                }

                share = Math.Min(share, remaining);
                if (share <= 0m)
                {
                    Unprotected.Add($"profit target {number} at {target.Price} gets no shares: the targets before it take the whole filled quantity");
                    continue;
                }

                remaining -= share;
                if (target.Price <= fillPrice)
                {
                    Unprotected.Add($"profit target {number} at {target.Price} refused by the venue: a sell limit must be above the fill price {fillPrice}; {share} shares have no target");
                    continue;
                }

                Orders.Add(Order("tp" + number.ToString(System.Globalization.CultureInfo.InvariantCulture), OrderType.Limit, share) with { LimitPrice = target.Price });
            }
        }

        private BrokerOrder Order(string suffix, OrderType type, decimal quantity) => new()
        {
            ClientOrderId = request.OrderId(suffix),
            BrokerOrderId = string.Empty,
            Ticker = request.Ticker,
            Side = OrderSide.Sell,
            Type = type,
            Account = request.Account,
            Quantity = quantity,
            Status = OrderStatus.Accepted,
            SubmittedAt = now,
            LinkGroup = request.OrderId("oco").Value,
        };
    }
}

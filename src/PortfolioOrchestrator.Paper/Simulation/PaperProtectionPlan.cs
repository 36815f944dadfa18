using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Paper.Simulation;

/// <summary>
/// The protective orders for one lot of a filled long entry (CONTRACT Resolution 9, §6), in the slices of
/// <see cref="ProtectionSlicing"/> to the millionth of a share: per one-cancels-other slice a sell limit
/// (<c>oco1-tp</c>) and a sell stop (<c>oco1-sl</c>) for the same shares in link group <c>oco1</c>; a lone
/// stop <c>sl</c> for the shares no target covers; a lone limit <c>tp1</c> where there is no stop. Orders
/// the venue will not take are described in <see cref="Unprotected"/> instead.
/// </summary>
internal sealed record PaperProtectionPlan(IReadOnlyList<BrokerOrder> Orders, IReadOnlyList<string> Unprotected)
{
    private const int ShareDecimals = 6;

    /// <param name="request">What to protect.</param>
    /// <param name="entry">The entry order as the venue holds it (null: unknown to the venue).</param>
    /// <param name="available">Shares the account holds in the ticker that no other open sell holds back: never protected beyond.</param>
    /// <param name="venuePrice">The venue's own price for the ticker (the script's, else the last mark), dollars per share; null where it has none.</param>
    /// <param name="now">When the orders are placed.</param>
    public static PaperProtectionPlan Make(ProtectionRequest request, BrokerOrder? entry, decimal available, Money? venuePrice, DateTimeOffset now)
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

        var unprotected = new List<string>();
        var quantity = request.FilledQuantity;
        if (quantity > entry.FilledQuantity)
        {
            unprotected.Add($"asked to protect {quantity} shares but the venue filled {entry.FilledQuantity}; protecting {entry.FilledQuantity}");
            quantity = entry.FilledQuantity;
        }

        if (quantity > available)
        {
            var shown = Math.Max(0m, available);
            unprotected.Add($"asked to protect {quantity} shares but the account holds {shown} not held back by other open sells; protecting {shown}");
            quantity = shown;
        }

        if (quantity <= 0m)
        {
            return new([], [.. unprotected, $"entry order {request.EntryOrderId}: no held shares to protect"]);
        }

        var plan = ProtectionSlicing.Plan(request, quantity, ShareDecimals, request.MarketPrice ?? venuePrice ?? fillPrice);
        var orders = plan.Slices.SelectMany(slice => SliceOrders(request, slice, now)).ToList();
        return new(orders, [.. unprotected, .. plan.Unprotected]);
    }

    private static IEnumerable<BrokerOrder> SliceOrders(ProtectionRequest request, ProtectiveSlice slice, DateTimeOffset now)
    {
        if (slice is { TakeProfit: { } pairTarget, Stop: { } pairStop })
        {
            var group = request.OrderId(slice.Suffix).Value;
            yield return Order(request, slice.Suffix + "-tp", OrderType.Limit, slice.Shares, now, group) with { LimitPrice = pairTarget };
            yield return Order(request, slice.Suffix + "-sl", OrderType.Stop, slice.Shares, now, group) with { StopPrice = pairStop };
        }
        else if (slice.Stop is { } stop)
        {
            yield return Order(request, slice.Suffix, OrderType.Stop, slice.Shares, now, null) with { StopPrice = stop };
        }
        else if (slice.TakeProfit is { } target)
        {
            yield return Order(request, slice.Suffix, OrderType.Limit, slice.Shares, now, null) with { LimitPrice = target };
        }
    }

    private static BrokerOrder Order(ProtectionRequest request, string suffix, OrderType type, decimal quantity, DateTimeOffset now, string? linkGroup) => new()
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
        LinkGroup = linkGroup,
    };
}

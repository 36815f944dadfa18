using PortfolioOrchestrator.Alpaca.Json;
using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Alpaca.Orders;

/// <summary>
/// Alpaca's order object onto <see cref="BrokerOrder"/>. An OCO comes back as its take-profit parent
/// with the stop in <c>legs</c>; both become orders sharing the parent's client id as link group.
/// Fills are cumulative at Alpaca (<c>filled_qty</c>, <c>filled_avg_price</c>), so <see cref="BrokerOrder.Fills"/>
/// stays empty and the cumulative figures are the authority.
/// </summary>
internal static class AlpacaOrderMapper
{
    /// <summary>The order and its legs, or the reason it cannot be read.</summary>
    public static IReadOnlyList<BrokerOrder>? TryMap(AlpacaOrderDto dto, AccountId? account, DateTimeOffset now, out string? problem)
    {
        var linkGroup = string.Equals(dto.OrderClass, "oco", StringComparison.OrdinalIgnoreCase) ? dto.ClientOrderId : null;
        var parent = TryMapOne(dto, account, now, linkGroup, out problem);
        if (parent is null)
        {
            return null;
        }

        var orders = new List<BrokerOrder> { parent };
        foreach (var leg in dto.Legs ?? [])
        {
            var mapped = TryMapOne(leg, account, now, linkGroup ?? dto.ClientOrderId, out problem);
            if (mapped is null)
            {
                return null;
            }

            orders.Add(mapped);
        }

        return orders;
    }

    private static BrokerOrder? TryMapOne(AlpacaOrderDto dto, AccountId? account, DateTimeOffset now, string? linkGroup, out string? problem)
    {
        problem = null;
        var filledQuantity = dto.FilledQty ?? 0m;
        var status = AlpacaStatusMap.Map(dto.Status, filledQuantity);
        var type = MapType(dto.Type);
        var side = MapSide(dto.Side);
        if (string.IsNullOrWhiteSpace(dto.Id) || string.IsNullOrWhiteSpace(dto.ClientOrderId) || string.IsNullOrWhiteSpace(dto.Symbol)
            || dto.ClientOrderId.Length > ClientOrderId.MaxLength)
        {
            problem = "Alpaca's order lacks an id, a client_order_id or a symbol";
            return null;
        }

        if (type is null || side is null)
        {
            problem = $"Alpaca's order {dto.ClientOrderId} has an unknown type or side ('{dto.Type}', '{dto.Side}')";
            return null;
        }

        var averagePrice = dto.FilledAvgPrice is { } price ? Money.FromDollars(price) : (Money?)null;
        return new BrokerOrder
        {
            ClientOrderId = ClientOrderId.Create(dto.ClientOrderId),
            BrokerOrderId = dto.Id,
            Ticker = Ticker.Create(dto.Symbol),
            Side = side.Value,
            Type = type.Value,
            Account = account,
            Notional = dto.Notional is { } notional ? Money.FromDollars(notional) : null,
            Quantity = dto.Qty,
            StopPrice = dto.StopPrice is { } stop ? Money.FromDollars(stop) : null,
            LimitPrice = dto.LimitPrice is { } limit ? Money.FromDollars(limit) : null,
            Status = status,
            FilledQuantity = filledQuantity,
            FilledAveragePrice = averagePrice,
            FilledNotional = averagePrice is { } avg ? (avg * filledQuantity).RoundToCents() : Money.Zero,
            SubmittedAt = dto.SubmittedAt ?? dto.CreatedAt ?? now,
            FilledAt = dto.FilledAt,
            ExpiresAt = dto.ExpiresAt,
            RejectReason = status == OrderStatus.Rejected ? "rejected by Alpaca" : null,
            LinkGroup = linkGroup,
        };
    }

    private static OrderType? MapType(string? type) => type?.ToLowerInvariant() switch
    {
        "market" => OrderType.Market,
        "limit" => OrderType.Limit,
        "stop" or "stop_limit" or "trailing_stop" => OrderType.Stop,
        _ => null,
    };

    private static OrderSide? MapSide(string? side) => side?.ToLowerInvariant() switch
    {
        "buy" => OrderSide.Buy,
        "sell" => OrderSide.Sell,
        _ => null,
    };
}

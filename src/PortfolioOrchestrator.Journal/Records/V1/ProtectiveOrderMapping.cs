using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Journal.Records.V1;

/// <summary>A stop-loss or profit-target order to and from its version-1 record.</summary>
internal static class ProtectiveOrderMapping
{
    public static ProtectiveOrderRecord ToRecord(ProtectiveOrder order) => new()
    {
        ClientOrderId = order.ClientOrderId.Value,
        Type = Spellings.OrderType.Write(order.Type),
        Quantity = order.Quantity,
        StopPrice = order.StopPrice?.Dollars,
        LimitPrice = order.LimitPrice?.Dollars,
        Status = Spellings.OrderStatus.Write(order.Status),
        LinkGroup = order.LinkGroup,
    };

    public static ProtectiveOrder ToDomain(ProtectiveOrderRecord record) => new(
        ClientOrderId.Create(record.ClientOrderId),
        Spellings.OrderType.Read(record.Type),
        record.Quantity,
        record.StopPrice is { } stop ? Money.FromDollars(stop) : null,
        record.LimitPrice is { } limit ? Money.FromDollars(limit) : null,
        Spellings.OrderStatus.Read(record.Status),
        record.LinkGroup);
}

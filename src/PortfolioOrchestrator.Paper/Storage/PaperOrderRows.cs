using System.Globalization;
using Microsoft.Data.Sqlite;
using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Paper.Storage;

/// <summary>Reads an order row (without its fills) selected with the store's order columns.</summary>
internal static class PaperOrderRows
{
    public static BrokerOrder Read(SqliteDataReader reader) => new()
    {
        BrokerOrderId = "paper-" + reader.GetInt64(0).ToString("D6", CultureInfo.InvariantCulture),
        ClientOrderId = ClientOrderId.Create(reader.GetString(1)),
        Ticker = Ticker.Create(reader.GetString(2)),
        Side = SqliteValues.Enum<OrderSide>(reader, 3),
        Type = SqliteValues.Enum<OrderType>(reader, 4),
        Account = SqliteValues.NullableString(reader, 5) is { } account ? AccountId.Create(account) : null,
        Notional = SqliteValues.NullableMoney(reader, 6),
        Quantity = SqliteValues.NullableDecimal(reader, 7),
        StopPrice = SqliteValues.NullableMoney(reader, 8),
        LimitPrice = SqliteValues.NullableMoney(reader, 9),
        Status = SqliteValues.Enum<OrderStatus>(reader, 10),
        FilledQuantity = SqliteValues.Decimal(reader, 11),
        FilledAveragePrice = SqliteValues.NullableMoney(reader, 12),
        FilledNotional = Money.FromDollars(SqliteValues.Decimal(reader, 13)),
        SubmittedAt = SqliteValues.Instant(reader, 14),
        FilledAt = SqliteValues.NullableInstant(reader, 15),
        RejectReason = SqliteValues.NullableString(reader, 16),
        LinkGroup = SqliteValues.NullableString(reader, 17),
    };
}

/// <summary>
/// What the venue keeps about an order besides the order: the shares an open sell by notional holds back,
/// and for a protective order the trade and run it protects.
/// </summary>
internal sealed record PaperOrderTags(decimal? ReservedQuantity, string? TradeId, string? RunId);

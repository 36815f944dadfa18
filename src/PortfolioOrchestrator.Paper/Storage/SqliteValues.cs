using System.Globalization;
using Microsoft.Data.Sqlite;
using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Paper.Storage;

/// <summary>Converts the venue's values to and from their stored text.</summary>
internal static class SqliteValues
{
    public static object Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static object Text(Money? value) => value is { } money ? Text(money.Dollars) : DBNull.Value;

    public static object Text(decimal? value) => value is { } number ? Text(number) : DBNull.Value;

    public static object Text(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);

    public static object Text(DateTimeOffset? value) => value is { } at ? Text(at) : DBNull.Value;

    public static object Text(string? value) => value ?? (object)DBNull.Value;

    public static decimal Decimal(SqliteDataReader reader, int ordinal) =>
        decimal.Parse(reader.GetString(ordinal), NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);

    public static decimal? NullableDecimal(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Decimal(reader, ordinal);

    public static Money? NullableMoney(SqliteDataReader reader, int ordinal) =>
        NullableDecimal(reader, ordinal) is { } dollars ? Money.FromDollars(dollars) : null;

    public static DateTimeOffset Instant(SqliteDataReader reader, int ordinal) =>
        DateTimeOffset.Parse(reader.GetString(ordinal), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    public static DateTimeOffset? NullableInstant(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Instant(reader, ordinal);

    public static string? NullableString(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static T Enum<T>(SqliteDataReader reader, int ordinal)
        where T : struct, Enum => System.Enum.Parse<T>(reader.GetString(ordinal));
}

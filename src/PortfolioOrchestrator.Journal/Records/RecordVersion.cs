using System.Text;
using System.Text.Json;

namespace PortfolioOrchestrator.Journal.Records;

/// <summary>
/// Which version of its record type a stored JSON record is. Version 1 — everything po wrote before
/// records were versioned — carries no marker; every later version starts with
/// <c>"record_version": N</c> (docs/journal.md, compatibility policy).
/// </summary>
internal static class RecordVersion
{
    public const string PropertyName = "record_version";

    /// <summary>The version a record declares, 1 when it declares none.</summary>
    /// <exception cref="JsonException">The text is not a JSON object, or its version is not a whole number.</exception>
    public static int Of(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A journal record must be a JSON object.");
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isVersion = reader.ValueTextEquals(PropertyName);
            reader.Read();
            if (isVersion)
            {
                return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var version) && version >= 1
                    ? version
                    : throw new JsonException($"\"{PropertyName}\" must be a whole number of at least 1.");
            }

            reader.Skip();
        }

        return 1;
    }
}

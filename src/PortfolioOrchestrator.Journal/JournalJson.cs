using System.Text.Json;
using System.Text.Json.Serialization;

namespace PortfolioOrchestrator.Journal;

/// <summary>
/// The one set of JSON options the journal stores its records with: snake_case property names, enums
/// as their contract names (<c>COMPLETED_WITH_ESCALATIONS</c>), ids, money and ratios through the
/// converters the domain types carry.
/// </summary>
public static class JournalJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>An enum value as the journal's status columns and JSON write it.</summary>
    public static string EnumText<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.SnakeCaseUpper.ConvertName(value.ToString());

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.General)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            WriteIndented = false,
        };
        // Integers are refused so that a renumbered enum can never be read back as the wrong member.
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}

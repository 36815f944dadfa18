using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PortfolioOrchestrator.Alpaca.Json;

/// <summary>Alpaca speaks snake_case and sends numbers as strings (<c>"qty": "10"</c>).</summary>
internal static class AlpacaJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>A decimal as Alpaca wants it in a request: a string, invariant, no exponent.</summary>
    public static string Number(decimal value) => value.ToString("0.#########", CultureInfo.InvariantCulture);

    public static T? TryRead<T>(string body)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(body, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

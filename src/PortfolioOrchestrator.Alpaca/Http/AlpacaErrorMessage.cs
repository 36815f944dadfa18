using System.Text.Json;
using PortfolioOrchestrator.Alpaca.Json;

namespace PortfolioOrchestrator.Alpaca.Http;

/// <summary>Alpaca's own words from an error body <c>{"code": 40310000, "message": "…"}</c>, or the HTTP status when there are none.</summary>
internal static class AlpacaErrorMessage
{
    public static string From(int statusCode, string body)
    {
        try
        {
            var error = JsonSerializer.Deserialize<AlpacaErrorDto>(body, AlpacaJson.Options);
            if (!string.IsNullOrWhiteSpace(error?.Message))
            {
                return error.Message.Trim();
            }
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's HTML page, an empty body): fall back to the status.
        }

        return $"HTTP {statusCode}";
    }
}

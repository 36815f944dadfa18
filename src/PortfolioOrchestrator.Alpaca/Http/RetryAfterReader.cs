using System.Globalization;
using System.Net.Http.Headers;

namespace PortfolioOrchestrator.Alpaca.Http;

/// <summary>
/// How long Alpaca asks us to wait: the Retry-After header (seconds or a date), else the
/// <c>X-Ratelimit-Reset</c> header (Unix seconds) Alpaca sends on every trading response.
/// </summary>
internal static class RetryAfterReader
{
    public static TimeSpan? Read(HttpResponseHeaders headers, int statusCode, DateTimeOffset now, TimeSpan max)
    {
        if (statusCode != 429 && statusCode != 503)
        {
            return null;
        }

        TimeSpan? wait = headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - now,
            _ => FromReset(headers, now),
        };
        return wait is null ? null : Clamp(wait.Value, max);
    }

    private static TimeSpan? FromReset(HttpResponseHeaders headers, DateTimeOffset now)
    {
        var text = headers.TryGetValues("X-Ratelimit-Reset", out var values) ? values.FirstOrDefault() : null;
        return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var unixSeconds)
            ? DateTimeOffset.FromUnixTimeSeconds(unixSeconds) - now
            : null;
    }

    private static TimeSpan Clamp(TimeSpan wait, TimeSpan max) =>
        wait < TimeSpan.Zero ? TimeSpan.Zero : wait > max ? max : wait;
}

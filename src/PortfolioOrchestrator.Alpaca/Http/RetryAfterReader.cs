using System.Globalization;
using System.Net.Http.Headers;

namespace PortfolioOrchestrator.Alpaca.Http;

/// <summary>
/// How long Alpaca asks us to wait after a 429 or 503: the Retry-After header (seconds or a date), else,
/// for a 429, the <c>X-Ratelimit-Reset</c> header (Unix seconds) Alpaca sends on every trading response.
/// </summary>
internal static class RetryAfterReader
{
    public static TimeSpan? Read(HttpResponseHeaders headers, int statusCode, DateTimeOffset now, TimeSpan max)
    {
        if (statusCode != 429 && statusCode != 503)
        {
            return null;
        }

        // X-Ratelimit-Reset says when the key's window reopens: a wait for a 429, not for a server error.
        TimeSpan? wait = headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - now,
            _ => statusCode == 429 ? FromReset(headers, now) : null,
        };
        return wait is null ? null : Clamp(wait.Value, max);
    }

    /// <summary>A header holding a whole number (<c>X-Ratelimit-Remaining</c>, <c>X-Ratelimit-Reset</c>), or null.</summary>
    public static long? Integer(HttpResponseHeaders headers, string name)
    {
        var text = headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
        return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    private static TimeSpan? FromReset(HttpResponseHeaders headers, DateTimeOffset now) =>
        Integer(headers, "X-Ratelimit-Reset") is { } unixSeconds ? DateTimeOffset.FromUnixTimeSeconds(unixSeconds) - now : null;

    private static TimeSpan Clamp(TimeSpan wait, TimeSpan max) =>
        wait < TimeSpan.Zero ? TimeSpan.Zero : wait > max ? max : wait;
}

using System.Globalization;

namespace PortfolioOrchestrator.Application.Composition;

/// <summary>Reads <c>--now</c>: ISO 8601 with an offset, nothing else.</summary>
public static class NowOption
{
    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var hasOffset = text.EndsWith('Z') || text.EndsWith('z') || System.Text.RegularExpressions.Regex.IsMatch(text, @"[+-]\d{2}:?\d{2}$");
        if (!hasOffset || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            throw PoException.BadInput($"--now: expected an ISO 8601 time with an offset, like 2026-11-24T13:40:00-05:00; got '{text}'");
        }

        return value;
    }
}

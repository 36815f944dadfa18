using System.Globalization;
using System.Text.RegularExpressions;

namespace PortfolioOrchestrator.Inputs.Text;

/// <summary>
/// Reads a moment that must say where on Earth it was: ISO 8601 with an offset
/// (<c>2026-11-24T09:40:00-05:00</c>) or the agents' form (<c>December 9, 2025, 12:40 PM MST</c>).
/// A time without an offset or zone is refused rather than guessed.
/// </summary>
internal static partial class TimestampText
{
    public const string Expectation = "an ISO 8601 time with offset like 2026-11-24T09:40:00-05:00 or a time like December 9, 2025, 12:40 PM MST";

    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static DateTimeOffset? Parse(string text, out Mismatch? problem)
    {
        var trimmed = text.Trim();
        var iso = IsoPattern().Match(trimmed);
        if (iso.Success)
        {
            return Build(iso, Number(iso, "mo"), trimmed, out problem);
        }

        var spoken = SpokenPattern().Match(trimmed);
        if (spoken.Success)
        {
            var month = MonthNumber(spoken.Groups["month"].Value);
            if (month is null)
            {
                problem = new Mismatch(Expectation, $"{Shown.Quote(trimmed)} ({Shown.Quote(spoken.Groups["month"].Value)} is not a month)");
                return null;
            }

            return Build(spoken, month.Value, trimmed, out problem);
        }

        problem = DatePattern().IsMatch(trimmed)
            ? new Mismatch("a date with a time of day and offset, like 2026-11-24T09:40:00-05:00", Shown.Quote(trimmed))
            : new Mismatch(Expectation, Shown.Quote(trimmed));
        return null;
    }

    private static DateTimeOffset? Build(Match match, int month, string text, out Mismatch? problem)
    {
        var year = Number(match, "y");
        var day = Number(match, "d");
        var hour = Number(match, "h");
        var minute = Number(match, "mi");
        var second = match.Groups["s"].Success ? Number(match, "s") : 0;
        if (match.Groups["ampm"].Success)
        {
            if (hour is < 1 or > 12)
            {
                problem = new Mismatch("an hour from 1 to 12 before AM/PM", Shown.Quote(text));
                return null;
            }

            hour = (hour % 12) + (char.ToUpperInvariant(match.Groups["ampm"].Value[0]) == 'P' ? 12 : 0);
        }

        if (year is < 1900 or > 2999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            problem = new Mismatch("a real calendar date and time of day", Shown.Quote(text));
            return null;
        }

        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(FractionTicks(match));
        var zone = match.Groups["zone"];
        if (!zone.Success)
        {
            problem = new Mismatch(
                "a UTC offset or a US time zone, e.g. 2026-11-24T09:40:00-05:00 or ... 12:40 PM MST",
                Shown.Quote(text),
                $"the time {Shown.Quote(text)} has no UTC offset or time zone, so the moment is unknown");
            return null;
        }

        var offset = OffsetFromText(zone.Value.Trim('(', ')'), local, out problem);
        return offset is null ? null : new DateTimeOffset(local, offset.Value);
    }

    private static TimeSpan? OffsetFromText(string zone, DateTime local, out Mismatch? problem)
    {
        problem = null;
        if (zone[0] is not ('+' or '-'))
        {
            return UsTimeZones.OffsetOf(zone, local, out problem);
        }

        var digits = zone[1..].Replace(":", string.Empty, StringComparison.Ordinal);
        var hours = int.Parse(digits[..2], CultureInfo.InvariantCulture);
        var minutes = digits.Length > 2 ? int.Parse(digits[2..], CultureInfo.InvariantCulture) : 0;
        if (hours > 14 || minutes > 59 || (hours == 14 && minutes > 0))
        {
            problem = new Mismatch("a UTC offset between -14:00 and +14:00", Shown.Quote(zone));
            return null;
        }

        var offset = new TimeSpan(hours, minutes, 0);
        return zone[0] == '-' ? -offset : offset;
    }

    private static int? MonthNumber(string name)
    {
        var lower = name.ToLowerInvariant();
        var full = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;
        for (var i = 0; i < Months.Length; i++)
        {
            if (lower == Months[i] || lower == full[i].ToLowerInvariant() || (i == 8 && lower == "sept"))
            {
                return i + 1;
            }
        }

        return null;
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static long FractionTicks(Match match) =>
        match.Groups["f"].Success ? long.Parse(match.Groups["f"].Value.PadRight(7, '0'), CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"^(?<y>[0-9]{4})-(?<mo>[0-9]{2})-(?<d>[0-9]{2})(?:T|\s+)(?<h>[0-9]{2}):(?<mi>[0-9]{2})(?::(?<s>[0-9]{2})(?:[.,](?<f>[0-9]{1,7}))?)?\s*(?<zone>Z|[+-][0-9]{2}(?::?[0-9]{2})?|\(?[A-Z]{2,3}\)?)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"^(?:[A-Z]+,?\s+)?(?<month>[A-Z]{3,9})\.?\s+(?<d>[0-9]{1,2})(?:st|nd|rd|th)?,?\s+(?<y>[0-9]{4}),?\s+(?:at\s+)?(?<h>[0-9]{1,2}):(?<mi>[0-9]{2})(?::(?<s>[0-9]{2}))?\s*(?<ampm>[AP]\.?M\.?)?\s*(?<zone>Z|[+-][0-9]{2}(?::?[0-9]{2})?|\(?[A-Z]{2,3}\)?)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SpokenPattern();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();
}

namespace PortfolioOrchestrator.Inputs.Text;

/// <summary>
/// The US zone abbreviations the agents write. EST/EDT/… are fixed offsets as written; ET/CT/MT/PT mean
/// the offset the zone had in force at that local time (daylight saving aware).
/// </summary>
internal static class UsTimeZones
{
    public const string Accepted = "EST, EDT, CST, CDT, MST, MDT, PST, PDT, UTC, GMT, ET, CT, MT or PT";

    private static readonly Dictionary<string, TimeSpan> Fixed = new(StringComparer.OrdinalIgnoreCase)
    {
        ["EST"] = TimeSpan.FromHours(-5),
        ["EDT"] = TimeSpan.FromHours(-4),
        ["CST"] = TimeSpan.FromHours(-6),
        ["CDT"] = TimeSpan.FromHours(-5),
        ["MST"] = TimeSpan.FromHours(-7),
        ["MDT"] = TimeSpan.FromHours(-6),
        ["PST"] = TimeSpan.FromHours(-8),
        ["PDT"] = TimeSpan.FromHours(-7),
        ["UTC"] = TimeSpan.Zero,
        ["GMT"] = TimeSpan.Zero,
        ["Z"] = TimeSpan.Zero,
    };

    private static readonly Dictionary<string, string> Generic = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ET"] = "America/New_York",
        ["CT"] = "America/Chicago",
        ["MT"] = "America/Denver",
        ["PT"] = "America/Los_Angeles",
    };

    /// <summary>The UTC offset of <paramref name="local"/> in the named zone; null with a reason when it cannot be told.</summary>
    public static TimeSpan? OffsetOf(string abbreviation, DateTime local, out Mismatch? problem)
    {
        problem = null;
        if (Fixed.TryGetValue(abbreviation, out var offset))
        {
            return offset;
        }

        if (!Generic.TryGetValue(abbreviation, out var zoneId))
        {
            problem = new Mismatch("a UTC offset such as -05:00 or one of those zones", Shown.Quote(abbreviation), $"time zone {Shown.Quote(abbreviation)} is not one of {Accepted}");
            return null;
        }

        try
        {
            // At a skipped or repeated local hour (the DST switch) TimeZoneInfo answers with the standard offset.
            return TimeZoneInfo.FindSystemTimeZoneById(zoneId).GetUtcOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified));
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException or System.Security.SecurityException)
        {
            problem = new Mismatch("an explicit offset such as EST or -05:00", abbreviation, $"time zone {abbreviation} needs the system's {zoneId} zone data, which is missing");
            return null;
        }
    }
}

namespace PortfolioOrchestrator.Domain.Calendar;

/// <summary>
/// The four continental US time zones, from the system's IANA database. Timestamps written as
/// "12:40 PM MST" or "09:30 ET" are resolved through <see cref="TryFromAbbreviation"/>.
/// </summary>
public static class UsTimeZones
{
    /// <summary>America/New_York — the exchange's zone.</summary>
    public static TimeZoneInfo Eastern { get; } = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    /// <summary>America/Chicago.</summary>
    public static TimeZoneInfo Central { get; } = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");

    /// <summary>America/Denver.</summary>
    public static TimeZoneInfo Mountain { get; } = TimeZoneInfo.FindSystemTimeZoneById("America/Denver");

    /// <summary>America/Los_Angeles.</summary>
    public static TimeZoneInfo Pacific { get; } = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");

    /// <summary>
    /// The zone an abbreviation names: ET/EST/EDT, CT/CST/CDT, MT/MST/MDT, PT/PST/PDT (case-insensitive).
    /// The standard/daylight letter is not trusted to fix the offset: people write "EST" all year, so the
    /// zone's own rules decide the offset for the date.
    /// </summary>
    public static bool TryFromAbbreviation(string? abbreviation, out TimeZoneInfo zone)
    {
        zone = (abbreviation?.Trim().ToUpperInvariant()) switch
        {
            "ET" or "EST" or "EDT" => Eastern,
            "CT" or "CST" or "CDT" => Central,
            "MT" or "MST" or "MDT" => Mountain,
            "PT" or "PST" or "PDT" => Pacific,
            _ => TimeZoneInfo.Utc,
        };
        return !ReferenceEquals(zone, TimeZoneInfo.Utc);
    }
}

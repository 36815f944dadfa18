using System.Globalization;

namespace PortfolioOrchestrator.Journal.Storage;

/// <summary>How values are written to and read from the journal's columns.</summary>
internal static class Columns
{
    /// <summary>ISO 8601 with the offset kept, so a timestamp reads back exactly as it was written.</summary>
    public static string Time(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.ParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.None);
}

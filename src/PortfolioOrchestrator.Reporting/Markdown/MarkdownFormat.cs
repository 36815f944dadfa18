using System.Globalization;

namespace PortfolioOrchestrator.Reporting.Markdown;

/// <summary>How numbers and times read in the Markdown a person gets: dollars with cents, ratios in percent.</summary>
internal static class MarkdownFormat
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Dollars(decimal dollars) => dollars < 0
        ? "-$" + Math.Round(-dollars, 2, MidpointRounding.AwayFromZero).ToString("#,##0.00", Invariant)
        : "$" + Math.Round(dollars, 2, MidpointRounding.AwayFromZero).ToString("#,##0.00", Invariant);

    public static string Dollars(decimal? dollars) => dollars is { } value ? Dollars(value) : "—";

    /// <summary>A price per share: cents, or more places when the fill price has them (up to four).</summary>
    public static string Price(decimal? price) => price is { } value ? "$" + value.ToString("#,##0.00##", Invariant) : "—";

    /// <summary>A fraction shown in percent with two decimals (0.1761 → 17.61%).</summary>
    public static string Percent(decimal fraction) => Math.Round(fraction * 100m, 2, MidpointRounding.AwayFromZero).ToString("0.00", Invariant) + "%";

    public static string Percent(decimal? fraction) => fraction is { } value ? Percent(value) : "—";

    public static string Shares(decimal? quantity) => quantity is { } value ? value.ToString("#,##0.####", Invariant) : "—";

    public static string Points(decimal points) => points.ToString("+0.00;-0.00;0.00", Invariant) + " pp";

    public static string Bps(decimal bps) => bps.ToString("+0.#;-0.#;0", Invariant) + " bps";

    public static string Hours(decimal hours) => hours.ToString("0.##", Invariant) + " h";

    public static string Time(DateTimeOffset? instant) => instant is { } value ? value.ToString("yyyy-MM-dd HH:mm:ss zzz", Invariant) : "—";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", Invariant);
}

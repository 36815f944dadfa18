using System.Globalization;

namespace PortfolioOrchestrator.Reporting.Html;

/// <summary>SVG coordinates: invariant culture, at most two decimals.</summary>
internal static class SvgNumber
{
    public static string Of(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);
}

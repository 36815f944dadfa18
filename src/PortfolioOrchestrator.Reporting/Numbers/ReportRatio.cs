using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Reporting.Numbers;

/// <summary>
/// A ratio as the JSON report writes it: at most <see cref="SignificantDigits"/> significant digits,
/// rounded half away from zero, trailing zeros dropped (CONTRACT Resolution 23). A quotient of two
/// amounts carries 28 digits of which only the first few mean anything; money is never rounded here.
/// </summary>
public static class ReportRatio
{
    /// <summary>The most significant digits a reported ratio carries: 10.</summary>
    public const int SignificantDigits = 10;

    private const int MaxScale = 28;

    /// <summary>The fraction of <paramref name="ratio"/>, rounded for the report.</summary>
    public static decimal Of(Ratio ratio) => Of(ratio.Fraction);

    /// <summary>The fraction of <paramref name="ratio"/>, rounded for the report; null stays null.</summary>
    public static decimal? Of(Ratio? ratio) => ratio is { } value ? Of(value.Fraction) : null;

    /// <summary>A ratio written as a number (basis points, percentage points), rounded for the report; null stays null.</summary>
    public static decimal? Of(decimal? value) => value is { } number ? Of(number) : null;

    /// <summary><paramref name="value"/> rounded to <see cref="SignificantDigits"/> significant digits.</summary>
    public static decimal Of(decimal value)
    {
        if (value == 0m)
        {
            return 0m;
        }

        var decimals = SignificantDigits - 1 - Magnitude(Math.Abs(value));
        var rounded = decimals >= 0
            ? Math.Round(value, Math.Min(decimals, MaxScale), MidpointRounding.AwayFromZero)
            : value;
        return Trim(rounded);
    }

    /// <summary>The power of ten of the leading digit: 2 for 123.4, -1 for 0.17.</summary>
    private static int Magnitude(decimal positive)
    {
        var magnitude = 0;
        for (var x = positive; x >= 10m; x /= 10m)
        {
            magnitude++;
        }

        for (var x = positive; x < 1m; x *= 10m)
        {
            magnitude--;
        }

        return magnitude;
    }

    // Dividing by one with the largest scale leaves the shortest equal decimal: 0.1500 → 0.15.
    private static decimal Trim(decimal value) => value / 1.0000000000000000000000000000m;
}

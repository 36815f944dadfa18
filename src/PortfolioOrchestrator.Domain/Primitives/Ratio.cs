using System.Globalization;

namespace PortfolioOrchestrator.Domain.Primitives;

/// <summary>
/// A share of a whole, stored as a fraction (0.076 is 7.6 %). Build it with
/// <see cref="FromFraction"/> or <see cref="FromPercent"/> so the unit is never in doubt.
/// <value>The default value is zero.</value>
/// </summary>
public readonly record struct Ratio : IComparable<Ratio>
{
    private Ratio(decimal fraction) => Fraction = fraction;

    /// <summary>The fraction: 1 is the whole.</summary>
    public decimal Fraction { get; }

    /// <summary>The same value in percent (7.6 for 0.076).</summary>
    public decimal Percent => Fraction * 100m;

    public static Ratio FromFraction(decimal fraction) => new(fraction);

    public static Ratio FromPercent(decimal percent) => new(percent / 100m);

    /// <summary>The difference in percentage points (this minus <paramref name="other"/>).</summary>
    public decimal PointsAbove(Ratio other) => (Fraction - other.Fraction) * 100m;

    public int CompareTo(Ratio other) => Fraction.CompareTo(other.Fraction);

    public static bool operator <(Ratio a, Ratio b) => a.Fraction < b.Fraction;

    public static bool operator >(Ratio a, Ratio b) => a.Fraction > b.Fraction;

    public static bool operator <=(Ratio a, Ratio b) => a.Fraction <= b.Fraction;

    public static bool operator >=(Ratio a, Ratio b) => a.Fraction >= b.Fraction;

    /// <summary>Rounds the fraction to <paramref name="decimals"/> places, half away from zero.</summary>
    public Ratio Round(int decimals) => new(Math.Round(Fraction, decimals, MidpointRounding.AwayFromZero));

    public override string ToString() => Math.Round(Percent, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture) + "%";
}

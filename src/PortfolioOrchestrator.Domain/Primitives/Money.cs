using System.Globalization;

namespace PortfolioOrchestrator.Domain.Primitives;

/// <summary>
/// An amount of US dollars. Stored exactly as a <see cref="decimal"/>; never rounded implicitly.
/// <value>The default value is zero dollars.</value>
/// </summary>
public readonly record struct Money(decimal Dollars) : IComparable<Money>
{
    public static readonly Money Zero = new(0m);

    public static Money FromDollars(decimal dollars) => new(dollars);

    public bool IsPositive => Dollars > 0m;

    /// <summary>Rounds to whole cents, half away from zero (how a statement shows it).</summary>
    public Money RoundToCents() => new(Math.Round(Dollars, 2, MidpointRounding.AwayFromZero));

    public int CompareTo(Money other) => Dollars.CompareTo(other.Dollars);

    public static Money operator +(Money a, Money b) => new(a.Dollars + b.Dollars);

    public static Money operator -(Money a, Money b) => new(a.Dollars - b.Dollars);

    public static Money operator -(Money a) => new(-a.Dollars);

    public static Money operator *(Money a, decimal factor) => new(a.Dollars * factor);

    public static Money operator *(decimal factor, Money a) => new(a.Dollars * factor);

    /// <summary>The share of <paramref name="whole"/> that <paramref name="part"/> is.</summary>
    public static Ratio operator /(Money part, Money whole) =>
        whole.Dollars == 0m ? throw new DivideByZeroException("A ratio of money needs a non-zero whole.") : Ratio.FromFraction(part.Dollars / whole.Dollars);

    public static bool operator <(Money a, Money b) => a.Dollars < b.Dollars;

    public static bool operator >(Money a, Money b) => a.Dollars > b.Dollars;

    public static bool operator <=(Money a, Money b) => a.Dollars <= b.Dollars;

    public static bool operator >=(Money a, Money b) => a.Dollars >= b.Dollars;

    public static Money Min(Money a, Money b) => a <= b ? a : b;

    public override string ToString() => Dollars < 0
        ? "-$" + (-Dollars).ToString("#,##0.00", CultureInfo.InvariantCulture)
        : "$" + Dollars.ToString("#,##0.00", CultureInfo.InvariantCulture);
}

namespace PortfolioOrchestrator.Inputs.Text;

/// <summary>
/// Bounds that keep every later sum and product inside <see cref="decimal"/>: no real portfolio holds a
/// quadrillion dollars, so a bigger number is a typo, not a value.
/// </summary>
internal static class Amounts
{
    /// <summary>Largest dollar amount accepted: one quadrillion dollars.</summary>
    public const decimal MaxDollars = 1_000_000_000_000_000m;

    /// <summary>Largest share count accepted.</summary>
    public const decimal MaxQuantity = 1_000_000_000_000m;

    public const string MaxDollarsText = "$1,000,000,000,000,000";
}

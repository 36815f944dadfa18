namespace PortfolioOrchestrator.Domain.Tests.Engine;

/// <summary>The contract's example numbers, for computing expectations by hand.</summary>
internal static class Example
{
    /// <summary>The example PORTFOLIO.md's total value, dollars.</summary>
    public const decimal TotalValue = 249_800m;

    /// <summary>The example PORTFOLIO.md's total cash, dollars.</summary>
    public const decimal Cash = 45_000m;

    /// <summary>A buffer as the engine computes it: cash over the total value at the start.</summary>
    public static Ratio Buffer(decimal cash, decimal totalValue = TotalValue) => Ratio.FromFraction(cash / totalValue);

    public static Money Dollars(decimal dollars) => Money.FromDollars(dollars);
}

using System.Globalization;

namespace PortfolioOrchestrator.Testing.Builders;

/// <summary>
/// The contract's example PORTFOLIO.md as Portfolio-Persona writes it, with another <c>Last Updated</c> and
/// cash (two thirds in TAXABLE-1, the rest in ROTH-1); its totals agree, so it reads.
/// </summary>
public static class PortfolioText
{
    /// <summary>The example's positions, in dollars.</summary>
    public const decimal Invested = 19_000m + 62_000m + 56_000m + 67_800m;

    public static string Of(DateTimeOffset lastUpdated, decimal cash)
    {
        var taxable = Math.Round(cash * 2m / 3m, 2);
        return string.Create(CultureInfo.InvariantCulture, $"""
            # PORTFOLIO
            **Last Updated:** {lastUpdated:yyyy-MM-ddTHH:mm:sszzz}
            **Total Value:** ${cash + Invested:0.00}
            **Total Cash:** ${cash:0.00}

            ## Accounts
            | Account | Type | Cash |
            |---|---|---|
            | TAXABLE-1 | Taxable | ${taxable:0.00} |
            | ROTH-1 | Roth IRA | ${cash - taxable:0.00} |

            ## Positions
            | Ticker | Account | Sector | Quantity | Price | Market Value |
            |---|---|---|---|---|---|
            | AAPL | TAXABLE-1 | Technology | 100 | 190.00 | $19,000.00 |
            | JNJ | TAXABLE-1 | Healthcare | 400 | 155.00 | $62,000.00 |
            | XOM | ROTH-1 | Energy | 500 | 112.00 | $56,000.00 |
            | JPM | ROTH-1 | Financials | 300 | 226.00 | $67,800.00 |

            """);
    }
}

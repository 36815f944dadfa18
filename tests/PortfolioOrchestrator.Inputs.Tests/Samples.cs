namespace PortfolioOrchestrator.Inputs.Tests;

/// <summary>The contract's example inputs, verbatim.</summary>
internal static class Samples
{
    public const string PortfolioFile = "PORTFOLIO.md";

    public const string QaFile = "qa-report.json";

    public const string Portfolio = """
        # PORTFOLIO
        **Last Updated:** 2026-11-24T09:40:00-05:00
        **Total Value:** $249,800.00
        **Total Cash:** $45,000.00

        ## Accounts
        | Account | Type | Cash |
        |---|---|---|
        | TAXABLE-1 | Taxable | $30,000.00 |
        | ROTH-1 | Roth IRA | $15,000.00 |

        ## Positions
        | Ticker | Account | Sector | Quantity | Price | Market Value |
        |---|---|---|---|---|---|
        | AAPL | TAXABLE-1 | Technology | 100 | 190.00 | $19,000.00 |
        | JNJ | TAXABLE-1 | Healthcare | 400 | 155.00 | $62,000.00 |
        | XOM | ROTH-1 | Energy | 500 | 112.00 | $56,000.00 |
        | JPM | ROTH-1 | Financials | 300 | 226.00 | $67,800.00 |

        ## Sector Allocations
        | Sector | Value | Allocation |
        |---|---|---|
        | Technology | $19,000.00 | 7.6% |
        | Healthcare | $62,000.00 | 24.8% |
        | Energy | $56,000.00 | 22.4% |
        | Financials | $67,800.00 | 27.1% |
        """;

    public const string Qa = """
        {
          "report_id": "QA-2026-11-24-001",
          "generated_at": "2026-11-24T13:35:00-05:00",
          "portfolio_context": {
            "as_of": "2026-11-24T12:50:00-05:00",
            "total_value": 249800.00,
            "total_cash": 45000.00,
            "sectors": { "Technology": { "allocation_percent": 7.6 } }
          },
          "trades": [
            {
              "trade_id": "T-001",
              "ticker": "MSFT",
              "side": "BUY",
              "size_dollars": 5000.00,
              "account": "TAXABLE-1",
              "sector": "Technology",
              "conviction": "HIGH",
              "gate": "APPROVED_FOR_EXECUTION",
              "approval_timestamp": "2026-11-24T13:00:00-05:00",
              "last_known_price": 410.25,
              "stop_loss": { "price": 380.00 },
              "profit_targets": [ { "price": 450.00, "percent_of_position": 50 },
                                  { "price": 480.00, "percent_of_position": 50 } ]
            }
          ]
        }
        """;

    /// <summary>The sample portfolio with one line replaced (the first line containing <paramref name="find"/>).</summary>
    public static string PortfolioWith(string find, string replacement) => ReplaceLine(Portfolio, find, replacement);

    public static string PortfolioWithout(string find) => string.Join('\n', Portfolio.Split('\n').Where(l => !l.Contains(find, StringComparison.Ordinal)));

    private static string ReplaceLine(string text, string find, string replacement)
    {
        var lines = text.Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains(find, StringComparison.Ordinal));
        if (index < 0)
        {
            throw new ArgumentException($"No line contains {find}", nameof(find));
        }

        lines[index] = replacement;
        return string.Join('\n', lines);
    }
}

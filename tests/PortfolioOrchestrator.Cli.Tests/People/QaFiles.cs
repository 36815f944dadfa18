using System.Globalization;
using System.Text;

namespace PortfolioOrchestrator.Cli.Tests.People;

/// <summary>QA reports for the sample portfolio written out for a test: so many buys of so many dollars each.</summary>
public static class QaFiles
{
    public const string SampleNow = "2026-11-24T13:40:00-05:00";

    /// <summary>Buys of MSFT in TAXABLE-1, approved a minute apart in order, without a stop-loss (each flagged UNPROTECTED).</summary>
    public static string Buys(PoHarness po, string name, params decimal[] sizes)
    {
        var trades = new StringBuilder();
        for (var i = 0; i < sizes.Length; i++)
        {
            var approved = new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.FromHours(-5)).AddMinutes(i);
            trades.Append(i == 0 ? string.Empty : ",").Append(CultureInfo.InvariantCulture, $$"""

                { "trade_id": "T-{{i + 1:000}}", "ticker": "MSFT", "side": "BUY", "size_dollars": {{sizes[i].ToString(CultureInfo.InvariantCulture)}},
                  "account": "TAXABLE-1", "sector": "Technology", "conviction": "HIGH", "gate": "APPROVED_FOR_EXECUTION",
                  "approval_timestamp": "{{approved:yyyy-MM-ddTHH:mm:sszzz}}", "last_known_price": 410.25 }
                """);
        }

        return po.Write(name, $$"""
            {
              "report_id": "QA-{{Path.GetFileNameWithoutExtension(name)}}",
              "generated_at": "2026-11-24T13:35:00-05:00",
              "portfolio_context": { "as_of": "2026-11-24T12:50:00-05:00", "total_value": 249800.00, "total_cash": 45000.00,
                "sectors": { "Technology": { "allocation_percent": 7.6 } } },
              "trades": [{{trades}}
              ]
            }
            """);
    }

    /// <summary>The same number of buys of the same size.</summary>
    public static string Buys(PoHarness po, string name, int count, decimal size) =>
        Buys(po, name, [.. Enumerable.Repeat(size, count)]);

    /// <summary>
    /// Four $5,000 buys: STEP 2B notes #3 (BUFFER_WOULD_BREACH, not blocking) and STEP 3C pauses on a
    /// blocking #3 after the third, holding the fourth.
    /// </summary>
    public static string PausingOnTheFloor(PoHarness po) => Buys(po, "floor.json", 5000m, 5000m, 5000m, 5000m);
}

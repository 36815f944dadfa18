using System.Globalization;

namespace PortfolioOrchestrator.Cli.Init;

/// <summary>
/// The starting files <c>po init</c> writes: a small two-account portfolio and a QA report of three approved
/// trades stamped minutes before now (so <c>po validate</c> accepts them as written), the seed's policy,
/// an outbox-only routing file and a paper-venue accounts file. The strict JSON files cannot hold comments,
/// so <c>START-HERE.md</c> explains each one.
/// </summary>
public static class StarterFiles
{
    public static IReadOnlyList<(string Name, string Text)> For(DateTimeOffset now)
    {
        var at = new DateTimeOffset(now.UtcDateTime.Ticks - (now.UtcDateTime.Ticks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
        string Stamp(int minutesBefore) => at.AddMinutes(-minutesBefore).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
        return
        [
            ("PORTFOLIO.md", Portfolio(Stamp(5))),
            ("qa-report.json", QaReport(Stamp(2), Stamp(10), Stamp(20), Stamp(15), Stamp(12))),
            ("policy.json", Policy),
            ("routing.json", Routing),
            ("accounts.json", Accounts),
            ("START-HERE.md", StartHere),
        ];
    }

    private static string Portfolio(string updated) => $"""
        # PORTFOLIO
        <!-- Written by Portfolio-Persona. po reads the lines and tables below; headers and column names are
             matched case-insensitively, money may be $1,234.56 or 1234.56, percentages 24% or 24.
             Replace these figures with your own; Last Updated must be the time they were true. -->
        **Last Updated:** {updated}
        **Total Value:** $100,000.00
        **Total Cash:** $30,000.00

        ## Accounts
        <!-- Optional. When present, every trade's account must be one of these, and Total Cash their sum. -->
        | Account | Type | Cash |
        |---|---|---|
        | TAXABLE-1 | Taxable | $20,000.00 |
        | ROTH-1 | Roth IRA | $10,000.00 |

        ## Positions
        <!-- Market Value = Quantity × Price; Total Value is cash plus every market value. -->
        | Ticker | Account | Sector | Quantity | Price | Market Value |
        |---|---|---|---|---|---|
        | AAPL | TAXABLE-1 | Information Technology | 100 | 200.00 | $20,000.00 |
        | JNJ | TAXABLE-1 | Health Care | 100 | 150.00 | $15,000.00 |
        | XOM | ROTH-1 | Energy | 150 | 100.00 | $15,000.00 |
        | JPM | ROTH-1 | Financials | 100 | 200.00 | $20,000.00 |

        ## Sector Allocations
        <!-- Optional: derived from the positions when absent; a disagreement of more than 0.5 points is a warning. -->
        | Sector | Value | Allocation |
        |---|---|---|
        | Information Technology | $20,000.00 | 20% |
        | Health Care | $15,000.00 | 15% |
        | Energy | $15,000.00 | 15% |
        | Financials | $20,000.00 | 20% |

        """;

    private static string QaReport(string generated, string asOf, string first, string second, string third) => $$"""
        {
          "report_id": "QA-STARTER-001",
          "generated_at": "{{generated}}",
          "portfolio_context": {
            "as_of": "{{asOf}}",
            "total_value": 100000.00,
            "total_cash": 30000.00,
            "sectors": {
              "Information Technology": { "allocation_percent": 20 },
              "Health Care": { "allocation_percent": 15 },
              "Energy": { "allocation_percent": 15 },
              "Financials": { "allocation_percent": 20 }
            }
          },
          "trades": [
            {
              "trade_id": "T-001",
              "ticker": "MSFT",
              "side": "BUY",
              "size_dollars": 4000.00,
              "account": "TAXABLE-1",
              "sector": "Information Technology",
              "conviction": "HIGH",
              "gate": "APPROVED_FOR_EXECUTION",
              "approval_timestamp": "{{first}}",
              "last_known_price": 410.00,
              "stop_loss": { "price": 380.00 },
              "profit_targets": [ { "price": 450.00, "percent_of_position": 50 },
                                  { "price": 480.00, "percent_of_position": 50 } ]
            },
            {
              "trade_id": "T-002",
              "ticker": "XOM",
              "side": "SELL",
              "size_dollars": 3000.00,
              "account": "ROTH-1",
              "sector": "Energy",
              "conviction": "MEDIUM",
              "gate": "APPROVED_FOR_EXECUTION",
              "approval_timestamp": "{{second}}",
              "last_known_price": 100.00
            },
            {
              "trade_id": "T-003",
              "ticker": "JNJ",
              "side": "BUY",
              "size_dollars": 2000.00,
              "account": "TAXABLE-1",
              "sector": "Health Care",
              "conviction": "MEDIUM",
              "gate": "APPROVED_FOR_EXECUTION",
              "approval_timestamp": "{{third}}",
              "last_known_price": 150.00,
              "stop_loss": { "price": 140.00 },
              "profit_targets": [ { "price": 165.00, "percent_of_position": 100 } ]
            }
          ]
        }

        """;

    private const string Policy = """
        {
          "min_buffer": 0.15,
          "buffer_floor": 0.12,
          "sector_cap": 0.35,
          "sector_drift_pp": 2.0,
          "max_staleness_trading_days": 1,
          "refresh_after_hours": 2,
          "refresh_timeout_minutes": 10,
          "refresh_escalate_minutes": 15,
          "slippage_flag_bps": 50,
          "partial_fill_ratio": 0.90,
          "no_fill_minutes": 15,
          "pause_on_aggregate_breach": false
        }

        """;

    private const string Routing = """
        {
          // Where each recipient's message goes. "outbox" is the to-*.md file in the run's folder.
          // To post a recipient's message to a signed webhook as well, write for example:
          //   "Master-Architect": { "deliver": ["outbox", "webhook"],
          //     "webhook": { "url": "https://hooks.example.org/po", "secret_env": "PO_MA_WEBHOOK_SECRET" } }
          // The secret lives in the environment variable secret_env names, never in this file.
          "recipients": {
            "Master-Architect": { "deliver": ["outbox"] },
            "Stock-Analyst": { "deliver": ["outbox"] },
            "Quality-Assurance": { "deliver": ["outbox"] },
            "Client": { "deliver": ["outbox"] }
          },
          "retry": { "attempts": 4, "first_delay_seconds": 1 }
        }

        """;

    private const string Accounts = """
        {
          "TAXABLE-1": { "broker": "paper" },
          "ROTH-1": { "broker": "paper" }
        }

        """;

    private const string StartHere = """
        # Starting files for po

        `po init` wrote these; replace their figures with your own.

        - `PORTFOLIO.md` — the portfolio as Portfolio-Persona writes it (comments inside say what po reads).
          Its `Last Updated` and the QA report's times were set to a few minutes before `po init` ran, so
          `po validate` accepts the pair as written; after a trading day they are stale, as real ones would be.
        - `qa-report.json` — Quality-Assurance's report: three approved trades, executed in ascending
          `approval_timestamp`. Only `APPROVED_FOR_EXECUTION` trades are ever sent. Strict JSON: no comments.
        - `policy.json` — the seed's thresholds, each at its default; pass it with `--policy` and change what
          you need. Ratios are fractions (0.15 is 15 %). Unknown keys are refused. Strict JSON.
        - `routing.json` — where each recipient's message goes (`--routing`); comments allowed.
        - `accounts.json` — which venue serves each account (`--accounts`): `paper` or `alpaca`, with the names
          of the environment variables holding an Alpaca key (`key_id_env`, `secret_env`), never a key itself.

        Try it:

        ```sh
        po validate --portfolio PORTFOLIO.md --qa qa-report.json --policy policy.json
        po run --portfolio PORTFOLIO.md --qa qa-report.json --policy policy.json --routing routing.json --dry-run
        po run --portfolio PORTFOLIO.md --qa qa-report.json --policy policy.json --routing routing.json
        po status
        ```

        """;
}

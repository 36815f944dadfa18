namespace PortfolioOrchestrator.Reliability.Tests.Crash;

/// <summary>
/// Inputs of one crash scenario and how many times it pauses (each pause is approved, then resumed:
/// stage 0 is the first <c>po run</c>, stage k the resume after the k-th decision). <see cref="Earlier"/>
/// are QA reports run to their end without a fault first, on the same state directory (an earlier day).
/// </summary>
public sealed record Scenario(string Name, string Portfolio, string Qa, string Script, int Stages)
{
    public const string Now = "2026-11-24T13:40:00-05:00";

    /// <summary>When a scenario with <see cref="Earlier"/> runs its own report: after the earlier ones.</summary>
    public const string LaterNow = "2026-11-24T13:50:00-05:00";

    /// <summary>QA reports run crash-free before the scenario's own, at <see cref="Now"/>, in order.</summary>
    public IReadOnlyList<string> Earlier { get; init; } = [];

    private const string SampleUpdated = "2026-11-24T09:40:00-05:00";

    public static IReadOnlyList<Scenario> All(int latencyMs) => [Sample(latencyMs), StaleApproved(latencyMs), NoFillAndReject(latencyMs), DayTwo(latencyMs)];

    /// <summary>The bundled sample: four approved trades, one of them (AMD) partly filled, one not approved.</summary>
    public static Scenario Sample(int latencyMs) =>
        new("sample", Workspace.Sample("PORTFOLIO.md"), Workspace.Sample("qa-report.json"), ScriptText(latencyMs, string.Empty), 1);

    /// <summary>PORTFOLIO.md three trading days old: pauses on STALE_PORTFOLIO, approved, resumed.</summary>
    public static Scenario StaleApproved(int latencyMs) =>
        new("stale-approved", Workspace.Sample("PORTFOLIO.md").Replace(SampleUpdated, "2026-11-19T09:40:00-05:00", StringComparison.Ordinal), Workspace.Sample("qa-report.json"), ScriptText(latencyMs, string.Empty), 2);

    /// <summary>JNJ never fills (NO_FILL, order left open) and XOM is rejected by the venue.</summary>
    public static Scenario NoFillAndReject(int latencyMs) =>
        new("nofill-reject", Workspace.Sample("PORTFOLIO.md"), Workspace.Sample("qa-report.json"), ScriptText(latencyMs, """, "JNJ": { "no_fill": true }, "XOM": { "reject": "symbol halted" }"""), 1);

    /// <summary>
    /// CONTRACT Resolution 15 on the second day: the sample first, then a report that buys more of the protected
    /// MSFT, sells part of the protected AMD and buys JNJ, which never fills: every order goes through lifting
    /// the position's protection (cancels confirmed final), the order, and protecting every lot again.
    /// </summary>
    public static Scenario DayTwo(int latencyMs) =>
        new("day-two", Workspace.Sample("PORTFOLIO.md"), DayTwoQa, ScriptText(latencyMs, """, "JNJ": { "no_fill": true }"""), 1)
        {
            Earlier = [Workspace.Sample("qa-report.json")],
        };

    private const string DayTwoQa = """
        {
          "report_id": "QA-2026-11-24-002",
          "generated_at": "2026-11-24T13:46:00-05:00",
          "portfolio_context": { "as_of": "2026-11-24T12:50:00-05:00", "total_value": 249800.00, "total_cash": 45000.00,
            "sectors": { "Technology": { "allocation_percent": 7.6 }, "Healthcare": { "allocation_percent": 24.8 },
                         "Energy": { "allocation_percent": 22.4 }, "Financials": { "allocation_percent": 27.1 } } },
          "trades": [
            { "trade_id": "T-101", "ticker": "MSFT", "side": "BUY", "size_dollars": 2000.00, "account": "TAXABLE-1", "sector": "Technology",
              "conviction": "HIGH", "gate": "APPROVED_FOR_EXECUTION", "approval_timestamp": "2026-11-24T13:45:00-05:00", "last_known_price": 410.25,
              "stop_loss": { "price": 390.00 }, "profit_targets": [ { "price": 460.00, "percent_of_position": 100 } ] },
            { "trade_id": "T-102", "ticker": "AMD", "side": "SELL", "size_dollars": 1000.00, "account": "TAXABLE-1", "sector": "Technology",
              "conviction": "MEDIUM", "gate": "APPROVED_FOR_EXECUTION", "approval_timestamp": "2026-11-24T13:45:30-05:00", "last_known_price": 142.10 },
            { "trade_id": "T-103", "ticker": "JNJ", "side": "BUY", "size_dollars": 1000.00, "account": "TAXABLE-1", "sector": "Healthcare",
              "conviction": "MEDIUM", "gate": "APPROVED_FOR_EXECUTION", "approval_timestamp": "2026-11-24T13:46:00-05:00", "last_known_price": 155.00,
              "stop_loss": { "price": 140.00 } }
          ]
        }
        """;

    private static string ScriptText(int latencyMs, string extraTickers) => $$"""
        {
          "latency_ms": {{latencyMs}},
          "default": { "slippage_bps": 3, "fill_ratio": 1.0 },
          "tickers": {
            "MSFT": { "price": 410.00, "slippage_bps": 12 },
            "AMD": { "fill_ratio": 0.85 }{{extraTickers}}
          }
        }
        """;

    public override string ToString() => Name;
}

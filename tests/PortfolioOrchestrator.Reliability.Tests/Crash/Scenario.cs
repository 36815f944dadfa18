namespace PortfolioOrchestrator.Reliability.Tests.Crash;

/// <summary>
/// Inputs of one crash scenario and how many times it pauses (each pause is approved, then resumed:
/// stage 0 is the first <c>po run</c>, stage k the resume after the k-th decision).
/// </summary>
public sealed record Scenario(string Name, string Portfolio, string Qa, string Script, int Stages)
{
    public const string Now = "2026-11-24T13:40:00-05:00";

    private const string SampleUpdated = "2026-11-24T09:40:00-05:00";

    public static IReadOnlyList<Scenario> All(int latencyMs) => [Sample(latencyMs), StaleApproved(latencyMs), NoFillAndReject(latencyMs)];

    /// <summary>The bundled sample: four approved trades, one of them (AMD) partly filled, one not approved.</summary>
    public static Scenario Sample(int latencyMs) =>
        new("sample", Workspace.Sample("PORTFOLIO.md"), Workspace.Sample("qa-report.json"), ScriptText(latencyMs, string.Empty), 1);

    /// <summary>PORTFOLIO.md three trading days old: pauses on STALE_PORTFOLIO, approved, resumed.</summary>
    public static Scenario StaleApproved(int latencyMs) =>
        new("stale-approved", Workspace.Sample("PORTFOLIO.md").Replace(SampleUpdated, "2026-11-19T09:40:00-05:00", StringComparison.Ordinal), Workspace.Sample("qa-report.json"), ScriptText(latencyMs, string.Empty), 2);

    /// <summary>JNJ never fills (NO_FILL, order left open) and XOM is rejected by the venue.</summary>
    public static Scenario NoFillAndReject(int latencyMs) =>
        new("nofill-reject", Workspace.Sample("PORTFOLIO.md"), Workspace.Sample("qa-report.json"), ScriptText(latencyMs, """, "JNJ": { "no_fill": true }, "XOM": { "reject": "symbol halted" }"""), 1);

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

namespace PortfolioOrchestrator.Reporting.Html;

/// <summary>The report's only stylesheet, inlined so the file stands alone.</summary>
internal static class HtmlStyle
{
    public const string Css = """
        body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2430; margin: 24px auto; max-width: 1180px; padding: 0 16px; }
        h1 { font-size: 22px; margin-bottom: 4px; }
        h2 { font-size: 17px; margin-top: 28px; border-bottom: 1px solid #d6dbe3; padding-bottom: 4px; }
        .status { display: inline-block; padding: 2px 8px; border-radius: 4px; background: #e7ecf3; font-weight: 600; }
        .status-completed { background: #dcf3e3; } .status-awaiting_decision, .status-completed_with_escalations { background: #fff1cc; } .status-halted { background: #fbdcdc; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 8px 0; }
        dl.facts dt { color: #5a6473; } dl.facts dd { margin: 0; }
        table { border-collapse: collapse; width: 100%; margin: 8px 0; font-size: 12px; }
        th, td { border: 1px solid #d6dbe3; padding: 3px 5px; text-align: left; vertical-align: top; overflow-wrap: break-word; }
        th { background: #f2f4f8; } td.text { min-width: 110px; overflow-wrap: anywhere; } td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        tr.status-executed td.state { color: #17692f; } tr.status-execution_failed td.state, tr.status-halted td.state { color: #a11d1d; }
        tr.status-deferred td.state, tr.status-pending_fill td.state { color: #8a5a00; }
        .flag { display: inline-block; margin: 0 2px 2px 0; padding: 0 5px; border-radius: 3px; background: #fff1cc; font-size: 12px; }
        code { background: #f2f4f8; padding: 1px 4px; border-radius: 3px; }
        .empty { color: #5a6473; font-style: italic; }
        svg.chart { display: block; margin: 8px 0; font-size: 12px; }
        svg .bar-before, svg .legend-before { fill: #a9b4c4; } svg .bar-after, svg .legend-after { fill: #2f6fb5; }
        svg .over-cap { fill: #c62828; }
        svg .cap-line { stroke: #c62828; stroke-width: 2; stroke-dasharray: 6 4; } svg .cap-label { fill: #c62828; font-weight: 600; }
        svg .min-line { stroke: #2e7d32; stroke-width: 1.5; stroke-dasharray: 6 4; } svg .min-line-label { fill: #2e7d32; }
        svg .floor-line { stroke: #c62828; stroke-width: 1.5; stroke-dasharray: 6 4; } svg .floor-line-label { fill: #c62828; }
        svg .axis { stroke: #8a94a3; } svg .tick, svg .label { fill: #3b4452; } svg .value { fill: #1d2430; }
        svg .buffer-line { fill: none; stroke: #2f6fb5; stroke-width: 2; }
        svg .point.healthy { fill: #2e7d32; } svg .point.marginal { fill: #e0a100; } svg .point.breached { fill: #c62828; }
        """;
}

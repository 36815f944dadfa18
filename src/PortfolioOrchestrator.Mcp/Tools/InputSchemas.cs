namespace PortfolioOrchestrator.Mcp.Tools;

/// <summary>
/// The tools' input schemas, written for an agent that has never seen the specification: every argument says what
/// it is, its unit and its default. Top-level combinators (oneOf, allOf) are avoided, as many clients refuse them;
/// "exactly one of each pair" is said in words and checked by the server.
/// </summary>
public static class InputSchemas
{
    private const string InputProperties = """
        "portfolio_path": {
          "type": "string",
          "description": "Path to PORTFOLIO.md, the portfolio Portfolio-Persona writes (Markdown: 'Last Updated' with a time zone, Total Value, Cash, Accounts, Positions and Sector Allocations tables). Absolute, or relative to the folder po mcp was started in. Give exactly one of portfolio_path or portfolio_markdown."
        },
        "portfolio_markdown": {
          "type": "string",
          "description": "The PORTFOLIO.md content itself, as Markdown text. Give exactly one of portfolio_path or portfolio_markdown."
        },
        "qa_report_path": {
          "type": "string",
          "description": "Path to the QA report JSON file that Quality-Assurance wrote. Give exactly one of qa_report_path or qa_report."
        },
        "qa_report": {
          "type": "object",
          "description": "The QA report JSON object itself: report_id, portfolio_context, and trades[] — each with trade_id, ticker, side (BUY or SELL), account, sector, size_dollars (US dollars), last_known_price (dollars), conviction, status (only APPROVED_FOR_EXECUTION trades are ever sent), approval_timestamp, stop_loss and profit_targets (prices in dollars). Give exactly one of qa_report_path or qa_report."
        },
        "policy": {
          "type": "object",
          "description": "Optional overrides of the thresholds (as po --policy FILE); omit for the defaults. Keys: min_buffer (cash as a fraction of portfolio value, default 0.15), buffer_floor (fraction, 0.12), sector_cap (fraction of portfolio value per sector, 0.35), sector_drift_pp (percentage points, 2.0), max_staleness_trading_days (1), refresh_after_hours (2), refresh_timeout_minutes (10), refresh_escalate_minutes (15), slippage_flag_bps (basis points, 50), partial_fill_ratio (fraction, 0.90), no_fill_minutes (15), pause_on_aggregate_breach (false). Unknown keys are an error."
        },
        "now": {
          "type": "string",
          "description": "Optional: fix the clock, ISO 8601 with an offset, e.g. 2026-11-24T13:40:00-05:00. Omit to use the real time. On the paper venue a fixed time is simulated: waits complete at once."
        },
        "broker_script": {
          "type": "object",
          "description": "Optional paper-venue script (as --broker paper:SCRIPT.json), to rehearse fills: {\"default\": {\"slippage_bps\": 0, \"fill_ratio\": 1.0}, \"tickers\": {\"MSFT\": {\"price\": 410.00, \"slippage_bps\": 12}, \"NVDA\": {\"reject\": \"insufficient buying power\"}, \"AMD\": {\"fill_ratio\": 0.85}, \"TSLA\": {\"no_fill\": true}}}. Prices in dollars, slippage in basis points, fill_ratio a fraction. Only on a server that trades at the paper venue."
        }
        """;

    public const string Inputs = $$"""
        {
          "type": "object",
          "properties": {
        {{InputProperties}}
          },
          "additionalProperties": false
        }
        """;

    public const string Execute = $$"""
        {
          "type": "object",
          "properties": {
            "confirmation_token": {
              "type": "string",
              "description": "The confirmation_token plan_execution returned for the plan to execute. It is good once, for 15 minutes after the plan, and only for the inputs that plan previewed."
            },
        {{InputProperties}}
          },
          "required": ["confirmation_token"],
          "additionalProperties": false
        }
        """;

    public const string RunStatus = """
        {
          "type": "object",
          "properties": {
            "run_id": { "type": "string", "description": "One run's id (e.g. from execute_trades' run_id); omit to list every run in the state directory under runs." }
          },
          "additionalProperties": false
        }
        """;

    public const string ListEscalations = """
        {
          "type": "object",
          "properties": {
            "open_only": { "type": "boolean", "default": true, "description": "true (default): only escalations still OPEN; false: every escalation, decided ones included." }
          },
          "additionalProperties": false
        }
        """;

    public const string Decide = """
        {
          "type": "object",
          "properties": {
            "escalation_id": { "type": "string", "description": "The blocking escalation a run is waiting for (list_escalations shows it with awaited: true; run_status with awaiting_escalation)." },
            "decision": { "type": "string", "enum": ["approve", "defer", "halt"], "description": "approve: the run goes on as the escalation asks; defer: what it concerns is skipped; halt: the run stops." },
            "by": { "type": "string", "description": "Who decides, e.g. Master-Architect. Recorded with the decision." },
            "note": { "type": "string", "description": "Optional: why, recorded with the decision." }
          },
          "required": ["escalation_id", "decision", "by"],
          "additionalProperties": false
        }
        """;

    public const string Resume = """
        {
          "type": "object",
          "properties": {
            "run_id": { "type": "string", "description": "The paused (AWAITING_DECISION) or interrupted run to continue; it reconciles with the venue before sending anything." }
          },
          "required": ["run_id"],
          "additionalProperties": false
        }
        """;

    public const string Report = """
        {
          "type": "object",
          "properties": {
            "run_id": { "type": "string", "description": "The run whose execution report to return." },
            "format": { "type": "string", "enum": ["json", "md"], "default": "json", "description": "json (default): the report object; md: the report as Markdown for a person, under markdown." }
          },
          "required": ["run_id"],
          "additionalProperties": false
        }
        """;

    public const string None = """
        { "type": "object", "properties": {}, "additionalProperties": false }
        """;
}

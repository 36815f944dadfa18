namespace PortfolioOrchestrator.Mcp.Tools;

/// <summary>
/// The tools' output schemas. Every result is an object; a failed call (<c>isError</c>) carries Resolution 20's
/// <c>error</c> object instead, so each schema accepts either its own required fields or <c>error</c>.
/// Ratios are fractions (0.15 is 15 %), money is US dollars, slippage is in basis points.
/// </summary>
public static class OutputSchemas
{
    private const string Error = """
        "error": {
          "type": "object",
          "description": "Why the call failed (Resolution 20): kind, message, the run concerned, each problem with file, line, field, expected and got; a refusal adds reason.",
          "properties": {
            "kind": { "type": "string", "enum": ["bad_input", "internal", "venue_unavailable", "state_unavailable", "interrupted"] },
            "reason": { "type": "string", "enum": ["execution not allowed", "unknown token", "expired", "already used", "inputs changed since the plan"] },
            "run_id": { "type": "string" },
            "message": { "type": "string" },
            "problems": {
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "file": { "type": ["string", "null"] },
                  "line": { "type": ["integer", "null"] },
                  "field": { "type": ["string", "null"] },
                  "expected": { "type": ["string", "null"] },
                  "got": { "type": ["string", "null"] },
                  "message": { "type": ["string", "null"] }
                }
              }
            }
          },
          "required": ["kind", "message", "problems"]
        }
        """;

    private const string Money = """{ "type": ["number", "null"] }""";

    private const string Text = """{ "type": ["string", "null"] }""";

    private const string ReportProperties = $$"""
        "run_id": { "type": "string" },
        "report_id": { "type": ["string", "null"] },
        "status": { "type": "string", "enum": ["COMPLETED", "COMPLETED_WITH_ESCALATIONS", "AWAITING_DECISION", "HALTED", "INTERRUPTED"], "description": "How the run ended; AWAITING_DECISION: paused on a blocking escalation (decide_escalation, then resume_run)." },
        "broker": {{Text}},
        "portfolio_state": { "type": ["string", "null"], "description": "CURRENT, STALE_WITHIN_DAY or TOO_STALE: how old PORTFOLIO.md was before any refresh." },
        "refresh": { "type": ["string", "null"], "description": "NOT_NEEDED, COMPLETED, TIMED_OUT or FAILED." },
        "pre_execution": { "type": ["object", "null"], "description": "buffer_after_all_pending (fraction), buffer_status (HEALTHY, MARGINAL, AT_RISK), sector_flags." },
        "trades": {
          "type": "array",
          "description": "In execution-queue order (approval order).",
          "items": {
            "type": "object",
            "properties": {
              "trade_id": { "type": "string" },
              "ticker": { "type": "string" },
              "account": {{Text}},
              "sector": {{Text}},
              "size_dollars": {{Money}},
              "status": { "type": "string", "description": "EXECUTED, EXECUTION_FAILED, HALTED, DEFERRED, NOT_APPROVED, PENDING_FILL, ALREADY_EXECUTED; QUEUED or UNRESOLVED only in an INTERRUPTED run." },
              "client_order_id": {{Text}},
              "execution_price": {{Money}},
              "execution_quantity": { "type": ["number", "null"] },
              "filled_dollars": {{Money}},
              "slippage_bps": { "type": ["number", "null"] },
              "buffer_after": { "type": ["number", "null"], "description": "Cash buffer after this trade, a fraction of portfolio value." },
              "flags": { "type": "array", "items": { "type": "string" } }
            },
            "required": ["trade_id", "ticker", "status"]
          }
        },
        "sectors_after": { "type": "array", "items": { "type": "object" } },
        "cash_after": {{Money}},
        "buffer_after": { "type": ["number", "null"] },
        "buffer_check": { "type": ["string", "null"], "description": "PASS, CAUTION or FAIL." },
        "escalations": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "id": { "type": "string" },
              "type": { "type": "string" },
              "trigger": {{Text}},
              "trade_ids": { "type": "array", "items": { "type": "string" } },
              "action": {{Text}},
              "blocking": { "type": "boolean", "description": "Whether the run waits on it." },
              "status": { "type": "string", "description": "OPEN, APPROVED, DEFERRED, HALTED or NOTED." }
            },
            "required": ["id", "type", "status", "blocking"]
          }
        },
        "caveats": { "type": "array", "items": { "type": "string" } },
        "warnings": { "type": "array", "items": { "type": "string" } },
        "next_review_date": {{Text}},
        "routing": { "type": "array", "items": { "type": "object" } }
        """;

    public const string Report = $$"""
        {
          "type": "object",
          "description": "The execution report (execution-report.json).",
          "properties": {
        {{ReportProperties}},
        {{Error}}
          },
          "anyOf": [ { "required": ["run_id", "status", "trades", "escalations"] }, { "required": ["error"] } ]
        }
        """;

    public const string Plan = $$"""
        {
          "type": "object",
          "description": "The report a dry run gives (nothing was sent), plus the token that lets execute_trades run exactly these inputs.",
          "properties": {
        {{ReportProperties}},
            "confirmation_token": { "type": "string", "description": "Pass to execute_trades; good once, until token_expires_at." },
            "token_expires_at": { "type": "string", "description": "ISO 8601 UTC: 15 minutes after the plan." },
        {{Error}}
          },
          "anyOf": [ { "required": ["run_id", "status", "trades", "confirmation_token", "token_expires_at"] }, { "required": ["error"] } ]
        }
        """;

    public const string Validation = $$"""
        {
          "type": "object",
          "description": "STEP 1-2 only, as po validate --json; nothing was sent.",
          "properties": {
            "ready": { "type": "boolean", "description": "true: the run can start without a Master-Architect decision." },
            "needs_decision": { "type": "boolean" },
            "portfolio_state": { "type": "string", "description": "CURRENT, STALE_WITHIN_DAY or TOO_STALE." },
            "trading_days_elapsed": { "type": "integer" },
            "portfolio_age_hours": { "type": "number" },
            "refresh": { "type": "string", "description": "The refresh STEP 2C would ask for." },
            "refresh_action": { "type": "string" },
            "pre_execution": {
              "type": "object",
              "properties": {
                "total_pending_dollars": { "type": "number" },
                "cash_after_all_pending": { "type": "number" },
                "buffer_after_all_pending": { "type": "number", "description": "A fraction of portfolio value." },
                "buffer_status": { "type": "string", "description": "HEALTHY, MARGINAL or AT_RISK." },
                "sector_flags": { "type": "array", "items": { "type": "object" } }
              }
            },
            "escalations": { "type": "array", "items": { "type": "string" } },
            "warnings": { "type": "array", "items": { "type": "string" } },
            "queue": { "type": "array", "items": { "type": "object" } },
        {{Error}}
          },
          "anyOf": [ { "required": ["ready", "needs_decision", "portfolio_state", "refresh", "pre_execution", "escalations", "warnings"] }, { "required": ["error"] } ]
        }
        """;

    private const string StatusProperties = """
        "run_id": { "type": "string" },
        "report_id": { "type": "string" },
        "status": { "type": "string" },
        "started_at": { "type": "string" },
        "updated_at": { "type": "string" },
        "trades": { "type": "array", "items": { "type": "object" } },
        "escalations": { "type": "array", "items": { "type": "object" } },
        "open_escalations": { "type": "array", "items": { "type": "string" } },
        "awaiting_escalation": { "type": ["string", "null"], "description": "The escalation the run is paused on, if any." },
        "attention_escalations": { "type": "array", "items": { "type": "string" } },
        "decide_commands": { "type": "array", "items": { "type": "string" } },
        "resume_command": { "type": ["string", "null"] }
        """;

    public const string Status = $$"""
        {
          "type": "object",
          "description": "With run_id: that run as po status RUN_ID --json. Without: every run under runs.",
          "properties": {
        {{StatusProperties}},
            "runs": { "type": "array", "items": { "type": "object", "properties": { {{StatusProperties}} }, "required": ["run_id", "status"] } },
        {{Error}}
          },
          "anyOf": [ { "required": ["runs"] }, { "required": ["run_id", "status"] }, { "required": ["error"] } ]
        }
        """;

    public const string Escalations = $$"""
        {
          "type": "object",
          "properties": {
            "escalations": {
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "id": { "type": "string" },
                  "run_id": { "type": "string" },
                  "type": { "type": "string", "description": "STALE_PORTFOLIO, SECTOR_HEADROOM_CHANGED, BUFFER_WOULD_BREACH, BUFFER_BREACHED, SECTOR_CAP_BREACH, EXECUTION_FAILED, REFRESH_DELAYED, NO_FILL or RECONCILIATION_MISMATCH." },
                  "trigger": { "type": "string" },
                  "trade_ids": { "type": "array", "items": { "type": "string" } },
                  "status": { "type": "string", "description": "OPEN, APPROVED, DEFERRED, HALTED or NOTED." },
                  "blocking": { "type": "boolean", "description": "Whether the run waits on it; only a blocking, open one can be decided." },
                  "awaited": { "type": "boolean", "description": "Whether its run is paused on it right now." }
                },
                "required": ["id", "run_id", "type", "trigger", "trade_ids", "status", "blocking"]
              }
            },
        {{Error}}
          },
          "anyOf": [ { "required": ["escalations"] }, { "required": ["error"] } ]
        }
        """;

    public const string Decision = $$"""
        {
          "type": "object",
          "properties": {
            "escalation_id": { "type": "string" },
            "decision": { "type": "string", "enum": ["approve", "defer", "halt"] },
            "by": { "type": "string" },
            "note": { "type": ["string", "null"] },
            "run_id": { "type": "string" },
            "next_step": {
              "type": "object",
              "description": "What continues the run: the resume_run call (and the po resume line).",
              "properties": { "tool": { "type": "string" }, "arguments": { "type": "object" }, "command": { "type": "string" }, "why": { "type": "string" } },
              "required": ["tool", "arguments"]
            },
        {{Error}}
          },
          "anyOf": [ { "required": ["escalation_id", "decision", "by", "run_id", "next_step"] }, { "required": ["error"] } ]
        }
        """;

    public const string ReportOrMarkdown = $$"""
        {
          "type": "object",
          "description": "format json: the execution report; format md: run_id, format and the Markdown under markdown.",
          "properties": {
        {{ReportProperties}},
            "format": { "type": "string", "enum": ["md"] },
            "markdown": { "type": "string" },
        {{Error}}
          },
          "anyOf": [ { "required": ["run_id", "status", "trades"] }, { "required": ["run_id", "format", "markdown"] }, { "required": ["error"] } ]
        }
        """;

    public const string PaperAccount = $$"""
        {
          "type": "object",
          "description": "The paper venue's account, as po paper account --json. Money in dollars, quantities in shares.",
          "properties": {
            "opened": { "type": "boolean", "description": "false until a run opens the venue with the portfolio's cash and positions." },
            "cash": { "type": "number" },
            "opened_with_positions": { "type": "boolean", "description": "false for a venue an earlier version opened with cash only (never re-seeded; see note)." },
            "note": { "type": ["string", "null"] },
            "accounts": { "type": "array", "description": "Cash per account (dollars).", "items": { "type": "object", "properties": { "account": { "type": ["string", "null"] }, "opening_cash": { "type": "number" }, "cash": { "type": "number" } } } },
            "positions": { "type": "array", "items": { "type": "object", "properties": { "account": { "type": "string" }, "symbol": { "type": "string" }, "qty": { "type": "number", "description": "Shares held." }, "reserved_qty": { "type": "number", "description": "Shares held back by open sell orders." }, "available_qty": { "type": "number" }, "cost": { "type": "number", "description": "Dollars." } } } },
            "orders": { "type": "integer", "description": "How many orders the venue holds." },
        {{Error}}
          },
          "anyOf": [ { "required": ["opened", "cash", "positions"] }, { "required": ["error"] } ]
        }
        """;

    public const string PaperOrders = $$"""
        {
          "type": "object",
          "description": "The paper venue's orders, as po paper orders --json's array under orders.",
          "properties": {
            "orders": {
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "client_order_id": { "type": "string" },
                  "symbol": { "type": "string" },
                  "side": { "type": "string", "enum": ["buy", "sell"] },
                  "type": { "type": "string", "description": "market, stop, limit, …" },
                  "notional": { "type": ["number", "null"], "description": "Dollars." },
                  "qty": { "type": ["number", "null"], "description": "Shares." },
                  "status": { "type": "string" },
                  "trade_id": { "type": ["string", "null"], "description": "For a protective order, the QA trade whose lot it protects." },
                  "run_id": { "type": ["string", "null"], "description": "For a protective order, the run whose trade opened the lot." }
                },
                "required": ["client_order_id", "symbol", "side", "type", "status"]
              }
            },
        {{Error}}
          },
          "anyOf": [ { "required": ["orders"] }, { "required": ["error"] } ]
        }
        """;
}

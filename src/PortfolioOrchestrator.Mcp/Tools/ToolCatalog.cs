using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol.Protocol;

namespace PortfolioOrchestrator.Mcp.Tools;

/// <summary>
/// The tools of CONTRACT §8 — names, annotations, input and output schemas, and descriptions written for an agent
/// that has never seen the specification — and the code each one runs.
/// </summary>
public static class ToolCatalog
{
    /// <summary>One tool: what <c>tools/list</c> says, and what a call runs.</summary>
    public sealed record Entry(Tool Tool, Func<ToolContext, ToolArguments, CancellationToken, Task<JsonObject>> Run);

    public static readonly IReadOnlyList<Entry> All =
    [
        new(Define(
                ValidateTool.Name,
                "Check a QA report against the portfolio before executing it (STEP 1-2: portfolio freshness, sector drift, aggregate cash buffer, refresh decision). Sends nothing, writes nothing. ready=true means the run can start without a Master-Architect decision. Give the portfolio and the QA report each as a path or as content.",
                InputSchemas.Inputs,
                OutputSchemas.Validation,
                readOnly: true,
                idempotent: true),
            (c, a, _) => Task.FromResult(ValidateTool.Run(c, a))),
        new(Define(
                PlanTool.Name,
                "Preview an execution: a dry run of the whole QA report (STEP 1-8) on a private copy of the venue, returning the execution report it would give — which trades would execute, be deferred or halted, the cash buffer (a fraction of portfolio value) and sector allocations (fractions) after, and any escalation. Sends nothing. Returns a confirmation_token that execute_trades needs: good once, for 15 minutes, for exactly these inputs.",
                InputSchemas.Inputs,
                OutputSchemas.Plan,
                readOnly: true,
                idempotent: true),
            PlanTool.RunAsync),
        new(Define(
                ExecuteTool.Name,
                "Execute the trades plan_execution previewed, in approval order, at the broker (real orders at a real broker when the server trades there). Needs the confirmation_token of that plan (at most 15 minutes old, unused; if you pass the inputs again they must be identical) and a server started with --allow-execution. Returns the execution report under a new run_id. status AWAITING_DECISION means the run paused on a blocking escalation: decide_escalation, then resume_run.",
                InputSchemas.Execute,
                OutputSchemas.Report,
                destructive: true,
                idempotent: false,
                openWorld: true),
            ExecuteTool.RunAsync),
        new(Define(
                StatusTools.RunStatusName,
                "Show runs recorded in this state directory: status, trades, escalations, and what each waiting run waits for. With run_id, that run; without, every run under runs.",
                InputSchemas.RunStatus,
                OutputSchemas.Status,
                readOnly: true,
                idempotent: true),
            StatusTools.StatusAsync),
        new(Define(
                StatusTools.ListEscalationsName,
                "List escalations raised for the Master-Architect across runs (only OPEN ones by default). A blocking one with awaited=true is what its run is paused on; decide it with decide_escalation.",
                InputSchemas.ListEscalations,
                OutputSchemas.Escalations,
                readOnly: true,
                idempotent: true),
            StatusTools.EscalationsAsync),
        new(Define(
                DecideTool.Name,
                "Record the Master-Architect's decision (approve, defer or halt) on the blocking, open escalation a run is waiting for. Nothing is sent: the run acts on the decision when resumed (next_step says how). Refused for an escalation that does not block or is already decided, naming what the run does wait for.",
                InputSchemas.Decide,
                OutputSchemas.Decision,
                readOnly: false,
                idempotent: false),
            DecideTool.RunAsync),
        new(Define(
                ResumeTool.Name,
                "Continue a paused (AWAITING_DECISION, after decide_escalation) or interrupted run: it first reconciles with the broker, so no order is sent twice, then goes on. Needs a server started with --allow-execution. Returns the execution report.",
                InputSchemas.Resume,
                OutputSchemas.Report,
                destructive: true,
                idempotent: false,
                openWorld: true),
            ResumeTool.RunAsync),
        new(Define(
                ReportTool.Name,
                "Return a run's execution report: format json (default) for the report object, md for the Markdown a person reads.",
                InputSchemas.Report,
                OutputSchemas.ReportOrMarkdown,
                readOnly: true,
                idempotent: true),
            ReportTool.RunAsync),
        new(Define(
                PaperTools.AccountName,
                "Show the persistent paper venue's account in this state directory: cash (dollars), positions (shares, cost in dollars), how many orders.",
                InputSchemas.None,
                OutputSchemas.PaperAccount,
                readOnly: true,
                idempotent: true),
            PaperTools.AccountAsync),
        new(Define(
                PaperTools.OrdersName,
                "List the persistent paper venue's orders: client_order_id, symbol, side, type (market, stop, limit), notional (dollars) or qty (shares), status, fills.",
                InputSchemas.None,
                OutputSchemas.PaperOrders,
                readOnly: true,
                idempotent: true),
            PaperTools.OrdersAsync),
    ];

    public static Entry? Find(string name) => All.FirstOrDefault(e => e.Tool.Name == name);

    private static Tool Define(string name, string description, string input, string output, bool readOnly = false, bool destructive = false, bool idempotent = false, bool openWorld = false) => new()
    {
        Name = name,
        Description = description,
        InputSchema = Parse(input),
        OutputSchema = Parse(output),
        Annotations = new ToolAnnotations
        {
            ReadOnlyHint = readOnly,
            DestructiveHint = readOnly ? false : destructive,
            IdempotentHint = idempotent,
            OpenWorldHint = openWorld,
        },
    };

    private static JsonElement Parse(string schema) => JsonDocument.Parse(schema).RootElement.Clone();
}

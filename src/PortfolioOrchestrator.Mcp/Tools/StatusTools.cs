using System.Text.Json.Nodes;
using PortfolioOrchestrator.Application.Composition;
using PortfolioOrchestrator.Application.UseCases;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Reporting.Building;

namespace PortfolioOrchestrator.Mcp.Tools;

/// <summary><c>run_status</c> and <c>list_escalations</c>: what the state directory's journal holds, read without the lock.</summary>
public static class StatusTools
{
    public const string RunStatusName = "run_status";
    public const string ListEscalationsName = "list_escalations";

    /// <summary>
    /// One run as <c>po status RUN_ID --json</c>; without a run id every run, as <c>po status --json</c>'s array under
    /// <c>runs</c> (a tool's structured result is an object).
    /// </summary>
    public static async Task<JsonObject> StatusAsync(ToolContext context, ToolArguments arguments, CancellationToken cancellationToken)
    {
        arguments.EnsureOnly(["run_id"]);
        var runId = arguments.OptionalString("run_id");
        var lines = await StatusQuery.LoadAsync(context.Environment, context.Settings.StateDirectory, string.IsNullOrWhiteSpace(runId) ? null : runId, cancellationToken);
        return string.IsNullOrWhiteSpace(runId) ? new JsonObject { ["runs"] = JsonNode.Parse(PoJson.Serialize(lines)) } : McpJson.ToObject(lines[0]);
    }

    /// <summary>Every escalation of every run (only <c>OPEN</c> ones unless <c>open_only</c> is false), oldest run first.</summary>
    public static async Task<JsonObject> EscalationsAsync(ToolContext context, ToolArguments arguments, CancellationToken cancellationToken)
    {
        arguments.EnsureOnly(["open_only"]);
        var openOnly = arguments.Bool("open_only", true);
        var escalations = new JsonArray();
        using var journal = ReadOnlyState.OpenJournal(context.Environment, context.Settings.StateDirectory);
        foreach (var header in await journal.ListRunsAsync(cancellationToken))
        {
            var run = await journal.LoadRunAsync(header.RunId, cancellationToken);
            foreach (var escalation in run?.Escalations ?? [])
            {
                if (openOnly && escalation.Status != EscalationStatus.Open)
                {
                    continue;
                }

                escalations.Add(new JsonObject
                {
                    ["id"] = escalation.Id.Value,
                    ["run_id"] = header.RunId.Value,
                    ["type"] = ContractNames.Of(escalation.Type),
                    ["trigger"] = escalation.Trigger,
                    ["trade_ids"] = new JsonArray([.. escalation.TradeIds.Select(t => (JsonNode)t.Value)]),
                    ["status"] = ContractNames.Of(escalation.Status),
                    ["blocking"] = escalation.Blocking,
                    ["awaited"] = run!.Header.Status == RunStatus.AwaitingDecision && run.Header.AwaitingEscalation == escalation.Id,
                });
            }
        }

        return new JsonObject { ["escalations"] = escalations };
    }
}

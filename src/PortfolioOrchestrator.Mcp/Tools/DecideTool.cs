using System.Text.Json.Nodes;
using PortfolioOrchestrator.Application.UseCases;

namespace PortfolioOrchestrator.Mcp.Tools;

/// <summary>
/// <c>decide_escalation</c>: records a Master-Architect decision as <c>po decide</c> does (Resolution 21: only on the
/// blocking, open escalation a run waits for), and says the next step: <c>resume_run</c> with the run id.
/// </summary>
public static class DecideTool
{
    public const string Name = "decide_escalation";

    public static async Task<JsonObject> RunAsync(ToolContext context, ToolArguments arguments, CancellationToken cancellationToken)
    {
        arguments.EnsureOnly(["escalation_id", "decision", "by", "note"]);
        var request = new DecisionRequest(
            context.Settings.StateDirectory,
            arguments.RequiredString("escalation_id", "the id of the escalation a run is waiting for (see list_escalations)"),
            arguments.RequiredString("decision", "approve, defer or halt"),
            arguments.RequiredString("by", "the name of who decides (e.g. Master-Architect)"),
            arguments.OptionalString("note"))
        {
            DecisionField = "decision",
            ByField = "by",
        };
        var decided = await DecideUseCase.DecideAsync(context.Environment, request, cancellationToken);
        return new JsonObject
        {
            ["escalation_id"] = decided.EscalationId,
            ["decision"] = decided.Decision,
            ["by"] = decided.By,
            ["note"] = decided.Note,
            ["run_id"] = decided.RunId,
            ["next_step"] = new JsonObject
            {
                ["tool"] = ResumeTool.Name,
                ["arguments"] = new JsonObject { ["run_id"] = decided.RunId },
                ["command"] = decided.ResumeCommand,
                ["why"] = "the decision is recorded; the run acts on it when it is resumed (resume_run needs a server started with --allow-execution)",
            },
        };
    }
}

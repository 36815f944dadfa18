using System.Text.Json.Nodes;
using PortfolioOrchestrator.Application;
using PortfolioOrchestrator.Application.UseCases;
using PortfolioOrchestrator.Domain.Inputs;

namespace PortfolioOrchestrator.Mcp.Tools;

/// <summary>
/// <c>get_report</c>: a run's execution report, rebuilt from the journal as <c>po report</c> prints it — the report
/// object itself for <c>json</c>; for <c>md</c>, the Markdown under <c>markdown</c>.
/// </summary>
public static class ReportTool
{
    public const string Name = "get_report";

    public static async Task<JsonObject> RunAsync(ToolContext context, ToolArguments arguments, CancellationToken cancellationToken)
    {
        arguments.EnsureOnly(["run_id", "format"]);
        var runId = arguments.RequiredString("run_id", "the run_id of a run in this state directory (see run_status)");
        var format = (arguments.OptionalString("format") ?? "json").Trim().ToLowerInvariant();
        if (format is not ("json" or "md"))
        {
            throw PoException.BadInput([new InputProblem(ToolArguments.File, null, "format", "json or md", format)]);
        }

        var published = await ReportQuery.LoadAsync(context.Environment, context.Settings.StateDirectory, runId, cancellationToken);
        return format == "json"
            ? JsonNode.Parse(published.Json)!.AsObject()
            : new JsonObject { ["run_id"] = published.Report.RunId, ["format"] = "md", ["markdown"] = published.Markdown };
    }
}

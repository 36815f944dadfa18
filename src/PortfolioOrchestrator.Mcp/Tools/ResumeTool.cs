using System.Text.Json.Nodes;
using PortfolioOrchestrator.Application;
using PortfolioOrchestrator.Application.Composition;
using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Mcp.Tools;

/// <summary>
/// <c>resume_run</c>: continues a paused or interrupted run as <c>po resume</c> does (reconciling with the venue
/// first) — only on a server started with <c>--allow-execution</c>.
/// </summary>
public static class ResumeTool
{
    public const string Name = "resume_run";
    public const string RunIdArgument = "run_id";

    public static async Task<JsonObject> RunAsync(ToolContext context, ToolArguments arguments, CancellationToken cancellationToken)
    {
        ExecutionFlow.EnsureAllowed(context, Name);
        arguments.EnsureOnly([RunIdArgument]);
        var runId = arguments.RequiredString(RunIdArgument, "the run_id of a run in this state directory (see run_status)");
        string? now;
        using (var journal = ReadOnlyState.OpenJournal(context.Environment, context.Settings.StateDirectory))
        {
            var run = await journal.LoadRunAsync(RunId.Create(runId), cancellationToken)
                ?? throw PoException.BadInput($"no run {runId} in state directory {context.Settings.StateDirectory} (see run_status)");
            now = ExecutionFlow.NowOf(run);
        }

        return await ExecutionFlow.RunAsync(
            context,
            host => host.ResumeAsync(context.Settings.StateDirectory, runId, now, null, ExecutionFlow.Venue(context), context.Settings.Refresh, null, cancellationToken),
            cancellationToken);
    }
}

using System.Text.Json.Nodes;

namespace PortfolioOrchestrator.Mcp.Tools;

/// <summary>
/// <c>execute_trades</c>: executes what <c>plan_execution</c> previewed, under a new run id, with the plan's
/// <c>now</c> when it had one — only with <c>--allow-execution</c> and a valid confirmation token (CONTRACT §8).
/// </summary>
public static class ExecuteTool
{
    public const string Name = "execute_trades";
    public const string Token = "confirmation_token";

    public static async Task<JsonObject> RunAsync(ToolContext context, ToolArguments arguments, CancellationToken cancellationToken)
    {
        ExecutionFlow.EnsureAllowed(context, Name);
        arguments.EnsureOnly([Token, .. InputArguments.Names]);
        var token = arguments.RequiredString(Token, "the confirmation_token plan_execution returned");
        var plan = Plans.TokenGate.Check(context, token, arguments);
        if (!context.Plans.TrySpend(token, context.Environment.Clock.GetUtcNow()))
        {
            throw Plans.TokenGate.Used();
        }

        var options = Runs.Options(plan.Inputs, context.Settings, dryRun: false);
        return await ExecutionFlow.RunAsync(context, host => host.RunAsync(options, ExecutionFlow.Venue(context), cancellationToken), cancellationToken);
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using PortfolioOrchestrator.Application.Composition;
using PortfolioOrchestrator.Mcp.Plans;

namespace PortfolioOrchestrator.Mcp.Tools;

/// <summary>
/// <c>plan_execution</c>: the dry run <c>po run --dry-run --json</c> prints, plus a confirmation token bound to these
/// exact inputs, stored in the state directory and good for 15 minutes of wall-clock time, once.
/// </summary>
public static class PlanTool
{
    public const string Name = "plan_execution";

    public static async Task<JsonObject> RunAsync(ToolContext context, ToolArguments arguments, CancellationToken cancellationToken)
    {
        arguments.EnsureOnly(InputArguments.Names);
        var inputs = InputArguments.Read(context.Environment, arguments, context.Settings);
        var outcome = await new RunHost(context.Environment).RunAsync(Runs.Options(inputs, context.Settings, dryRun: true), VenueOptions.Default with { Live = context.Settings.Live }, cancellationToken);
        if (outcome.Interruption is { } interrupted)
        {
            throw interrupted;
        }

        var report = JsonNode.Parse(outcome.Published.Json)!.AsObject();
        var token = PlanStore.NewToken();
        var issued = context.Environment.Clock.GetUtcNow();
        var plan = new StoredPlan(issued, issued + PlanStore.Lifetime, InputArguments.Digest(inputs), inputs, outcome.Run.Header.RunId.Value);
        context.Plans.Save(token, plan);
        report["confirmation_token"] = token;
        report["token_expires_at"] = plan.ExpiresAt.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        return report;
    }
}

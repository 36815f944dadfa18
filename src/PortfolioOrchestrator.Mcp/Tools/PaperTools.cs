using System.Text.Json.Nodes;
using PortfolioOrchestrator.Application.Composition;
using PortfolioOrchestrator.Application.UseCases;

namespace PortfolioOrchestrator.Mcp.Tools;

/// <summary><c>paper_account</c> and <c>paper_orders</c>: the persistent paper venue, as <c>po paper … --json</c>.</summary>
public static class PaperTools
{
    public const string AccountName = "paper_account";
    public const string OrdersName = "paper_orders";

    public static async Task<JsonObject> AccountAsync(ToolContext context, ToolArguments arguments, CancellationToken cancellationToken)
    {
        arguments.EnsureOnly([]);
        return McpJson.ToObject(await PaperQuery.AccountAsync(context.Environment, context.Settings.StateDirectory, cancellationToken));
    }

    /// <summary><c>po paper orders --json</c>'s array, under <c>orders</c> (a tool's structured result is an object).</summary>
    public static async Task<JsonObject> OrdersAsync(ToolContext context, ToolArguments arguments, CancellationToken cancellationToken)
    {
        arguments.EnsureOnly([]);
        var orders = await PaperQuery.OrdersAsync(context.Environment, context.Settings.StateDirectory, cancellationToken);
        return new JsonObject { ["orders"] = JsonNode.Parse(PoJson.Serialize(orders)) };
    }
}

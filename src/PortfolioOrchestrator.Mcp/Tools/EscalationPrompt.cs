using System.Text.Json;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Reporting.Building;

namespace PortfolioOrchestrator.Mcp.Tools;

/// <summary>
/// Asks the person, through the client's form elicitation, for the Master-Architect's decision on the escalation a
/// run is paused on (CONTRACT §8): approve, defer or halt, who decides, and why. Declined or cancelled: no answer.
/// </summary>
public static class EscalationPrompt
{
    /// <summary>A decision as the person gave it.</summary>
    public sealed record Answer(string Decision, string By, string? Note);

    public static async Task<Answer?> AskAsync(McpServer server, RunSnapshot run, Escalation escalation, CancellationToken cancellationToken)
    {
        var request = new ElicitRequestParams
        {
            Message =
                $"Run {run.Header.RunId} is paused on escalation {escalation.Id} ({ContractNames.Of(escalation.Type)}): {escalation.Trigger}. " +
                $"Trades concerned: {string.Join(", ", escalation.TradeIds.Select(t => t.Value))}. Decide as the Master-Architect: " +
                "approve lets the run go on as the escalation asks, defer skips what it concerns, halt stops the run.",
            RequestedSchema = new ElicitRequestParams.RequestSchema
            {
                Properties = new Dictionary<string, ElicitRequestParams.PrimitiveSchemaDefinition>
                {
                    ["decision"] = new ElicitRequestParams.UntitledSingleSelectEnumSchema
                    {
                        Title = "Decision",
                        Description = "approve, defer or halt",
                        Enum = ["approve", "defer", "halt"],
                    },
                    ["by"] = new ElicitRequestParams.StringSchema { Title = "Decided by", Description = "Who decides (e.g. Master-Architect)", MinLength = 1 },
                    ["note"] = new ElicitRequestParams.StringSchema { Title = "Note", Description = "Why (optional)" },
                },
                Required = ["decision", "by"],
            },
        };
        var result = await server.ElicitAsync(request, cancellationToken);
        if (!result.IsAccepted || result.Content is not { } content)
        {
            return null;
        }

        return new Answer(Text(content, "decision") ?? string.Empty, Text(content, "by") ?? string.Empty, Text(content, "note"));
    }

    private static string? Text(IDictionary<string, JsonElement> content, string name) =>
        content.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

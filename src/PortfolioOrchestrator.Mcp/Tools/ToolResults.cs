using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol.Protocol;
using PortfolioOrchestrator.Application;

namespace PortfolioOrchestrator.Mcp.Tools;

/// <summary>
/// Tool results as CONTRACT §8 has them: <c>structuredContent</c> and the same JSON as one text block; a failure is
/// <c>isError: true</c> with Resolution 20's error object (kind, run, message, problems) — never a protocol error.
/// </summary>
public static class ToolResults
{
    public static CallToolResult Ok(JsonObject structured) => Build(structured, isError: false);

    /// <summary>The error object of Resolution 20 for any failure; a refusal adds its <c>reason</c>.</summary>
    public static CallToolResult Error(Exception failure)
    {
        var error = failure switch
        {
            ToolRefusal refusal => Refused(refusal),
            _ => ErrorReport.ToJson(ErrorReport.Classify(failure)),
        };
        return Build(error, isError: true);
    }

    /// <summary>How the call ended, for the journal's log: <c>ok</c>, <c>refused: REASON</c> or <c>error: KIND</c>.</summary>
    public static string Outcome(CallToolResult result)
    {
        if (result.IsError != true)
        {
            return "ok";
        }

        var error = result.StructuredContent is { } content && content.TryGetProperty("error", out var body) ? body : default;
        if (error.ValueKind == JsonValueKind.Object && error.TryGetProperty("reason", out var reason))
        {
            return "refused: " + reason.GetString();
        }

        return error.ValueKind == JsonValueKind.Object && error.TryGetProperty("kind", out var kind) ? "error: " + kind.GetString() : "error";
    }

    private static JsonObject Refused(ToolRefusal refusal)
    {
        var error = ErrorReport.ToJson(PoException.BadInput(refusal.Message));
        error["error"]!["reason"] = refusal.Reason;
        return error;
    }

    private static CallToolResult Build(JsonObject structured, bool isError)
    {
        var text = structured.ToJsonString(McpJson.Options);
        return new CallToolResult
        {
            StructuredContent = JsonDocument.Parse(text).RootElement.Clone(),
            Content = [new TextContentBlock { Text = text }],
            IsError = isError,
        };
    }
}

using System.Text.Encodings.Web;
using System.Text.Json;
using PortfolioOrchestrator.Application.Composition;

namespace PortfolioOrchestrator.Mcp;

/// <summary>The JSON of tool results: the command line's (snake_case), without indentation.</summary>
public static class McpJson
{
    public static readonly JsonSerializerOptions Options = new(PoJson.Options) { WriteIndented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A value as the command line's <c>--json</c> prints it, as a JSON object.</summary>
    public static System.Text.Json.Nodes.JsonObject ToObject<T>(T value) =>
        System.Text.Json.Nodes.JsonNode.Parse(PoJson.Serialize(value))!.AsObject();
}

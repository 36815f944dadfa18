using System.Text.Json;
using Json.Schema;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace PortfolioOrchestrator.Mcp.Tests;

/// <summary>
/// Starts the built <c>po</c> as <c>dotnet po.dll mcp …</c> and connects the SDK's own client to it over stdio; and
/// checks a tool result as CONTRACT §8 has it (structuredContent valid against the tool's outputSchema, the same
/// JSON as the one text block).
/// </summary>
public static class McpHarness
{
    public const string SampleNow = "2026-11-24T13:40:00-05:00";

    /// <summary>A time three trading days after the sample portfolio: it is TOO_STALE and the run pauses on #1.</summary>
    public const string StaleNow = "2026-11-30T10:00:00-05:00";

    public static string Samples => Path.Combine(AppContext.BaseDirectory, "samples");

    public static string SamplePortfolio => Path.Combine(Samples, "PORTFOLIO.md");

    public static string SampleQa => Path.Combine(Samples, "qa-report.json");

    public static async Task<McpClient> StartAsync(string workingDirectory, string state, bool allowExecution, McpClientHandlers? handlers = null, string protocolVersion = "2025-11-25")
    {
        List<string> arguments = [PoProcess.Dll, "mcp", "--state", state];
        if (allowExecution)
        {
            arguments.Add("--allow-execution");
        }

        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Command = "dotnet",
            Arguments = arguments,
            WorkingDirectory = workingDirectory,
            Name = "po",
        });
        return await McpClient.CreateAsync(transport, new McpClientOptions
        {
            ProtocolVersion = protocolVersion,
            Handlers = handlers ?? new McpClientHandlers(),
            ClientInfo = new Implementation { Name = "po-tests", Version = "1.0" },
        });
    }

    public static async Task<CallToolResult> CallAsync(McpClient client, string tool, Dictionary<string, object?> arguments, IProgress<ModelContextProtocol.ProgressNotificationValue>? progress = null)
    {
        var result = await client.CallToolAsync(tool, arguments, progress);
        var tools = await client.ListToolsAsync();
        AssertConforms(tools.Single(t => t.Name == tool).ProtocolTool, result);
        return result;
    }

    /// <summary>structuredContent validates against the tool's outputSchema, and the one text block is the same JSON.</summary>
    public static void AssertConforms(Tool tool, CallToolResult result)
    {
        Assert.NotNull(result.StructuredContent);
        Assert.NotNull(tool.OutputSchema);
        var schema = JsonSchema.Build(tool.OutputSchema!.Value, new BuildOptions(), new Uri($"https://po.test/{tool.Name}/{Guid.NewGuid():N}"));
        var evaluation = schema.Evaluate(result.StructuredContent!.Value, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(evaluation.IsValid, $"{tool.Name}: structuredContent does not validate against its outputSchema: {JsonSerializer.Serialize(evaluation)}");
        var text = Assert.IsType<TextContentBlock>(Assert.Single(result.Content));
        Assert.True(JsonElement.DeepEquals(result.StructuredContent.Value, JsonDocument.Parse(text.Text).RootElement), tool.Name + ": the text block is not the structured JSON");
    }

    public static JsonElement Structured(CallToolResult result) => result.StructuredContent!.Value;

    public static string Text(JsonElement element, string property) => element.GetProperty(property).GetString()!;

    public static string ErrorMessage(CallToolResult result)
    {
        Assert.True(result.IsError, "expected a tool error");
        return Structured(result).GetProperty("error").GetProperty("message").GetString()!;
    }

    public static string? RefusalReason(CallToolResult result)
    {
        Assert.True(result.IsError, "expected a refusal");
        return Structured(result).GetProperty("error").TryGetProperty("reason", out var reason) ? reason.GetString() : null;
    }

    public static Dictionary<string, object?> SampleInputs(string now = SampleNow) => new()
    {
        ["portfolio_path"] = SamplePortfolio,
        ["qa_report_path"] = SampleQa,
        ["now"] = now,
    };
}

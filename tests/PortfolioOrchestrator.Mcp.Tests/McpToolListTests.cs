using System.Text.Json;
using PortfolioOrchestrator.Testing.Files;

namespace PortfolioOrchestrator.Mcp.Tests;

/// <summary>CONTRACT §8's tool table over the real stdio server: names, annotations, input and output schemas, protocol versions.</summary>
public sealed class McpToolListTests
{
    [Theory]
    [InlineData("2025-06-18")]
    [InlineData("2025-11-25")]
    public async Task The_server_negotiates_the_protocol_version_the_client_asks_for(string version)
    {
        using var folder = new TempDirectory("mcp-version");
        await using var client = await McpHarness.StartAsync(folder.Path, folder.File("state"), allowExecution: false, protocolVersion: version);

        Assert.Equal(version, client.NegotiatedProtocolVersion);
        Assert.Equal("portfolio-orchestrator", client.ServerInfo?.Name);
    }

    [Fact]
    public async Task The_tool_list_is_section_8s_with_its_annotations_and_every_argument_described()
    {
        using var folder = new TempDirectory("mcp-tools");
        await using var client = await McpHarness.StartAsync(folder.Path, folder.File("state"), allowExecution: false);

        var tools = (await client.ListToolsAsync()).ToDictionary(t => t.Name, t => t.ProtocolTool);

        Assert.Equal(
            ["decide_escalation", "execute_trades", "get_report", "list_escalations", "paper_account", "paper_orders", "plan_execution", "resume_run", "run_status", "validate_execution"],
            tools.Keys.Order(StringComparer.Ordinal));
        foreach (var readOnly in new[] { "validate_execution", "plan_execution", "run_status", "list_escalations", "get_report", "paper_account", "paper_orders" })
        {
            Assert.True(tools[readOnly].Annotations!.ReadOnlyHint, readOnly + " is read-only");
        }

        Assert.True(tools["validate_execution"].Annotations!.IdempotentHint);
        Assert.True(tools["plan_execution"].Annotations!.IdempotentHint);
        var execute = tools["execute_trades"].Annotations!;
        Assert.Equal((false, true, false, true), (execute.ReadOnlyHint!.Value, execute.DestructiveHint!.Value, execute.IdempotentHint!.Value, execute.OpenWorldHint!.Value));
        var decide = tools["decide_escalation"].Annotations!;
        Assert.Equal((false, false), (decide.ReadOnlyHint!.Value, decide.IdempotentHint!.Value));
        var resume = tools["resume_run"].Annotations!;
        Assert.Equal((true, true), (resume.DestructiveHint!.Value, resume.OpenWorldHint!.Value));

        foreach (var (name, tool) in tools)
        {
            Assert.False(string.IsNullOrWhiteSpace(tool.Description));
            Assert.Equal("object", tool.OutputSchema!.Value.GetProperty("type").GetString());
            foreach (var property in tool.InputSchema.GetProperty("properties").EnumerateObject())
            {
                Assert.True(property.Value.TryGetProperty("description", out var description) && description.GetString()!.Length > 20, $"{name}.{property.Name} is described for an agent");
            }
        }

        var inputs = tools["plan_execution"].InputSchema.GetProperty("properties");
        Assert.Equal(
            ["broker_script", "now", "policy", "portfolio_markdown", "portfolio_path", "qa_report", "qa_report_path"],
            inputs.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal("object", inputs.GetProperty("qa_report").GetProperty("type").GetString());
        Assert.Contains("fraction", inputs.GetProperty("policy").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("percentage points", inputs.GetProperty("policy").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Array, tools["execute_trades"].InputSchema.GetProperty("required").ValueKind);
    }
}

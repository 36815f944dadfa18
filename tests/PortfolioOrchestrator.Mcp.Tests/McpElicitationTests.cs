using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using PortfolioOrchestrator.Testing.Files;
using static PortfolioOrchestrator.Mcp.Tests.McpHarness;

namespace PortfolioOrchestrator.Mcp.Tests;

/// <summary>CONTRACT §8, the person in the loop: a blocking pause asks through the client's elicitation.</summary>
public sealed class McpElicitationTests
{
    [Fact]
    public async Task An_accepted_answer_is_recorded_as_po_decide_and_the_run_continues_in_the_same_call()
    {
        using var folder = new TempDirectory("mcp-elicit-yes");
        var asked = new List<string>();
        var handlers = new McpClientHandlers
        {
            ElicitationHandler = (request, _) =>
            {
                asked.Add(request!.Message);
                return ValueTask.FromResult(new ElicitResult
                {
                    Action = "accept",
                    Content = new Dictionary<string, JsonElement>
                    {
                        ["decision"] = JsonSerializer.SerializeToElement("approve"),
                        ["by"] = JsonSerializer.SerializeToElement("Master-Architect"),
                        ["note"] = JsonSerializer.SerializeToElement("go"),
                    },
                });
            },
        };
        await using var client = await StartAsync(folder.Path, folder.File("state"), allowExecution: true, handlers);
        var token = Text(Structured(await CallAsync(client, "plan_execution", SampleInputs(StaleNow))), "confirmation_token");

        var report = Structured(await CallAsync(client, "execute_trades", new() { ["confirmation_token"] = token }));

        Assert.Contains(asked, m => m.Contains("STALE_PORTFOLIO", StringComparison.Ordinal));
        Assert.NotEqual("AWAITING_DECISION", Text(report, "status"));
        var stale = report.GetProperty("escalations").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "STALE_PORTFOLIO");
        Assert.Equal("APPROVED", Text(stale, "status"));
    }

    [Theory]
    [InlineData("decline")]
    [InlineData("cancel")]
    public async Task A_declined_or_cancelled_question_leaves_the_escalation_open_for_decide_escalation(string action)
    {
        using var folder = new TempDirectory("mcp-elicit-no");
        var handlers = new McpClientHandlers { ElicitationHandler = (_, _) => ValueTask.FromResult(new ElicitResult { Action = action }) };
        await using var client = await StartAsync(folder.Path, folder.File("state"), allowExecution: true, handlers);
        var token = Text(Structured(await CallAsync(client, "plan_execution", SampleInputs(StaleNow))), "confirmation_token");

        var report = Structured(await CallAsync(client, "execute_trades", new() { ["confirmation_token"] = token }));

        Assert.Equal("AWAITING_DECISION", Text(report, "status"));
        var open = Assert.Single(Structured(await CallAsync(client, "list_escalations", [])).GetProperty("escalations").EnumerateArray());
        Assert.Equal("OPEN", Text(open, "status"));
        Assert.True(open.GetProperty("awaited").GetBoolean());
    }
}

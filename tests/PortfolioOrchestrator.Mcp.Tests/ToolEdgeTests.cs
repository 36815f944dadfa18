using System.Text.Json.Nodes;
using ModelContextProtocol;
using PortfolioOrchestrator.Testing.Files;
using static PortfolioOrchestrator.Mcp.Tests.McpHarness;

namespace PortfolioOrchestrator.Mcp.Tests;

/// <summary>Each tool's edges over the in-memory transport: arguments, refusals, and a clock the test moves.</summary>
public sealed class ToolEdgeTests
{
    [Fact]
    public async Task A_token_is_good_for_15_minutes_of_wall_clock_time_and_expired_after()
    {
        using var folder = new TempDirectory("mcp-clock");
        await using var server = await InMemoryServer.StartAsync(folder.Path, folder.File("state"), allowExecution: true);
        var first = Text(Structured(await server.CallAsync("plan_execution", SampleInputs())), "confirmation_token");
        var second = Text(Structured(await server.CallAsync("plan_execution", SampleInputs())), "confirmation_token");

        server.Clock.Advance(TimeSpan.FromMinutes(15));
        var inTime = await server.CallAsync("execute_trades", new() { ["confirmation_token"] = first });
        server.Clock.Advance(TimeSpan.FromSeconds(1));
        var late = await server.CallAsync("execute_trades", new() { ["confirmation_token"] = second });

        Assert.NotEqual(true, inTime.IsError);
        Assert.Equal("expired", RefusalReason(late));
        Assert.Contains("plan_execution again", ErrorMessage(late), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_inputs_given_again_to_execute_trades_pass_and_as_content_they_compare_by_value()
    {
        using var folder = new TempDirectory("mcp-same");
        await using var server = await InMemoryServer.StartAsync(folder.Path, folder.File("state"), allowExecution: true);
        var qa = JsonNode.Parse(File.ReadAllText(SampleQa))!;
        var inputs = new Dictionary<string, object?> { ["portfolio_markdown"] = File.ReadAllText(SamplePortfolio), ["qa_report"] = qa, ["now"] = SampleNow };
        var token = Text(Structured(await server.CallAsync("plan_execution", inputs)), "confirmation_token");

        var again = new Dictionary<string, object?>(inputs) { ["confirmation_token"] = token, ["qa_report"] = JsonNode.Parse(qa.ToJsonString()) };
        var report = await server.CallAsync("execute_trades", again);

        Assert.NotEqual(true, report.IsError);
        Assert.Equal("COMPLETED", Text(Structured(report), "status"));
    }

    [Theory]
    [InlineData("validate_execution", "{\"qa_report_path\":\"q.json\"}", "portfolio_path | portfolio_markdown")]
    [InlineData("validate_execution", "{\"portfolio_path\":\"p.md\",\"qa_report_path\":\"q.json\",\"colour\":\"red\"}", "colour")]
    [InlineData("validate_execution", "{\"portfolio_path\":\"p.md\",\"qa_report\":\"not an object\"}", "a JSON object")]
    [InlineData("plan_execution", "{\"portfolio_path\":\"p.md\",\"qa_report_path\":\"q.json\",\"now\":\"tomorrow\"}", "ISO 8601")]
    [InlineData("execute_trades", "{}", "confirmation_token")]
    [InlineData("get_report", "{\"run_id\":\"R-1\",\"format\":\"pdf\"}", "json or md")]
    [InlineData("get_report", "{\"run_id\":\"R-none\"}", "no run R-none")]
    [InlineData("run_status", "{\"run_id\":\"R-none\"}", "no run R-none")]
    [InlineData("decide_escalation", "{\"escalation_id\":\"E-none\",\"decision\":\"approve\",\"by\":\"MA\"}", "unknown escalation id")]
    [InlineData("decide_escalation", "{\"escalation_id\":\"E-none\",\"decision\":\"maybe\",\"by\":\"MA\"}", "approve, defer or halt")]
    [InlineData("list_escalations", "{\"open_only\":\"yes\"}", "true or false")]
    [InlineData("resume_run", "{\"run_id\":\"R-none\"}", "no run R-none")]
    [InlineData("paper_orders", "{\"all\":true}", "all")]
    public async Task Bad_arguments_are_tool_errors_naming_the_argument(string tool, string arguments, string named)
    {
        using var folder = new TempDirectory("mcp-args");
        await using var server = await InMemoryServer.StartAsync(folder.Path, folder.File("state"), allowExecution: true);
        var given = JsonNode.Parse(arguments)!.AsObject().ToDictionary(p => p.Key, p => (object?)p.Value?.DeepClone());

        var result = await server.CallAsync(tool, given);

        Assert.Contains(named, ErrorMessage(result), StringComparison.Ordinal);
        Assert.Equal("bad_input", Structured(result).GetProperty("error").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task A_fresh_state_directory_has_no_runs_no_escalations_no_orders_and_no_resources()
    {
        using var folder = new TempDirectory("mcp-fresh");
        await using var server = await InMemoryServer.StartAsync(folder.Path, folder.File("state"), allowExecution: false);

        Assert.Empty(Structured(await server.CallAsync("run_status", [])).GetProperty("runs").EnumerateArray());
        Assert.Empty(Structured(await server.CallAsync("list_escalations", new() { ["open_only"] = false })).GetProperty("escalations").EnumerateArray());
        Assert.Empty(Structured(await server.CallAsync("paper_orders", [])).GetProperty("orders").EnumerateArray());
        Assert.False(Structured(await server.CallAsync("paper_account", [])).GetProperty("opened").GetBoolean());
        Assert.Empty(await server.Client.ListResourcesAsync());
        await Assert.ThrowsAnyAsync<McpException>(() => server.Client.ReadResourceAsync("po://runs/R-none/execution-report.json").AsTask());
    }

    [Fact]
    public async Task A_plan_after_an_execution_simulates_on_a_copy_of_the_venue_and_journal_and_meets_already_executed()
    {
        using var folder = new TempDirectory("mcp-replan");
        await using var server = await InMemoryServer.StartAsync(folder.Path, folder.File("state"), allowExecution: true);
        var token = Text(Structured(await server.CallAsync("plan_execution", SampleInputs())), "confirmation_token");
        Assert.NotEqual(true, (await server.CallAsync("execute_trades", new() { ["confirmation_token"] = token })).IsError);
        var orders = Structured(await server.CallAsync("paper_orders", [])).GetProperty("orders").GetArrayLength();

        var replan = Structured(await server.CallAsync("plan_execution", SampleInputs()));

        var placed = replan.GetProperty("trades").EnumerateArray().Where(t => t.GetProperty("trade_id").GetString() != "T-004").ToList();
        Assert.NotEmpty(placed);
        Assert.All(placed, t => Assert.Equal("ALREADY_EXECUTED", t.GetProperty("status").GetString()));
        Assert.Equal(orders, Structured(await server.CallAsync("paper_orders", [])).GetProperty("orders").GetArrayLength());
        Assert.Single(Structured(await server.CallAsync("run_status", [])).GetProperty("runs").EnumerateArray());
    }

    [Fact]
    public async Task A_broker_script_given_as_content_rehearses_a_rejection()
    {
        using var folder = new TempDirectory("mcp-script");
        await using var server = await InMemoryServer.StartAsync(folder.Path, folder.File("state"), allowExecution: true);
        var inputs = new Dictionary<string, object?>(SampleInputs())
        {
            ["broker_script"] = JsonNode.Parse("""{"tickers": {"MSFT": {"reject": "insufficient buying power"}}}"""),
        };

        var plan = Structured(await server.CallAsync("plan_execution", inputs));

        var msft = plan.GetProperty("trades").EnumerateArray().Single(t => t.GetProperty("ticker").GetString() == "MSFT");
        Assert.Equal("EXECUTION_FAILED", Text(msft, "status"));
        Assert.Empty(Structured(await server.CallAsync("paper_orders", [])).GetProperty("orders").EnumerateArray());
    }
}

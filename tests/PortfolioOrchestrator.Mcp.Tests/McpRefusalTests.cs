using System.Text.Json.Nodes;
using PortfolioOrchestrator.Testing.Files;
using static PortfolioOrchestrator.Mcp.Tests.McpHarness;

namespace PortfolioOrchestrator.Mcp.Tests;

/// <summary>CONTRACT §8, "nothing is executed that was not previewed", against the real stdio server.</summary>
public sealed class McpRefusalTests
{
    [Fact]
    public async Task Without_allow_execution_execute_and_resume_are_refused_and_nothing_is_sent()
    {
        using var folder = new TempDirectory("mcp-no-exec");
        await using var client = await StartAsync(folder.Path, folder.File("state"), allowExecution: false);
        var token = Text(Structured(await CallAsync(client, "plan_execution", SampleInputs())), "confirmation_token");

        var execute = await CallAsync(client, "execute_trades", new() { ["confirmation_token"] = token });
        var resume = await CallAsync(client, "resume_run", new() { ["run_id"] = "R-1" });

        Assert.Equal("execution not allowed", RefusalReason(execute));
        Assert.Contains("--allow-execution", ErrorMessage(execute), StringComparison.Ordinal);
        Assert.Equal("execution not allowed", RefusalReason(resume));
        Assert.Empty(Structured(await CallAsync(client, "paper_orders", [])).GetProperty("orders").EnumerateArray());
    }

    [Fact]
    public async Task Unknown_used_changed_and_expired_tokens_are_refused_each_naming_its_reason()
    {
        using var folder = new TempDirectory("mcp-tokens");
        var state = folder.File("state");
        var qa = folder.Write("qa-report.json", File.ReadAllText(SampleQa));
        var inputs = new Dictionary<string, object?> { ["portfolio_path"] = SamplePortfolio, ["qa_report_path"] = qa, ["now"] = SampleNow };
        await using var client = await StartAsync(folder.Path, state, allowExecution: true);

        Assert.Equal("unknown token", RefusalReason(await CallAsync(client, "execute_trades", new() { ["confirmation_token"] = "0123456789abcdef0123456789abcdef" })));

        var used = Text(Structured(await CallAsync(client, "plan_execution", inputs)), "confirmation_token");
        Assert.NotEqual(true, (await CallAsync(client, "execute_trades", new() { ["confirmation_token"] = used })).IsError);
        Assert.Equal("already used", RefusalReason(await CallAsync(client, "execute_trades", new() { ["confirmation_token"] = used })));

        var changed = Text(Structured(await CallAsync(client, "plan_execution", inputs)), "confirmation_token");
        var otherNow = new Dictionary<string, object?>(inputs) { ["confirmation_token"] = changed, ["now"] = "2026-11-24T13:45:00-05:00" };
        Assert.Equal("inputs changed since the plan", RefusalReason(await CallAsync(client, "execute_trades", otherNow)));
        File.WriteAllText(qa, File.ReadAllText(SampleQa).Replace("\"size_dollars\": 5000.00", "\"size_dollars\": 5100.00", StringComparison.Ordinal));
        Assert.NotEqual(File.ReadAllText(SampleQa), File.ReadAllText(qa));
        Assert.Equal("inputs changed since the plan", RefusalReason(await CallAsync(client, "execute_trades", new() { ["confirmation_token"] = changed })));

        File.WriteAllText(qa, File.ReadAllText(SampleQa));
        var expired = Text(Structured(await CallAsync(client, "plan_execution", inputs)), "confirmation_token");
        Age(state, expired, TimeSpan.FromMinutes(16));
        Assert.Equal("expired", RefusalReason(await CallAsync(client, "execute_trades", new() { ["confirmation_token"] = expired })));

        var orders = Structured(await CallAsync(client, "paper_orders", [])).GetProperty("orders").GetArrayLength();
        var runs = Structured(await CallAsync(client, "run_status", [])).GetProperty("runs").GetArrayLength();
        Assert.Equal(1, runs);
        Assert.True(orders > 0);
    }

    [Fact]
    public async Task A_restarted_server_honours_an_unexpired_token()
    {
        using var folder = new TempDirectory("mcp-restart");
        var state = folder.File("state");
        string token;
        await using (var first = await StartAsync(folder.Path, state, allowExecution: true))
        {
            token = Text(Structured(await CallAsync(first, "plan_execution", SampleInputs())), "confirmation_token");
        }

        await using var second = await StartAsync(folder.Path, state, allowExecution: true);
        var report = await CallAsync(second, "execute_trades", new() { ["confirmation_token"] = token });

        Assert.NotEqual(true, report.IsError);
        Assert.Equal("COMPLETED", Text(Structured(report), "status"));
    }

    [Fact]
    public async Task Bad_input_is_a_tool_error_with_the_problems_and_the_server_still_answers()
    {
        using var folder = new TempDirectory("mcp-bad");
        await using var client = await StartAsync(folder.Path, folder.File("state"), allowExecution: true);

        var bad = await CallAsync(client, "validate_execution", new() { ["portfolio_markdown"] = "# PORTFOLIO\n", ["qa_report"] = new JsonObject { ["trades"] = new JsonArray() } });
        var both = await CallAsync(client, "plan_execution", new() { ["portfolio_path"] = SamplePortfolio, ["portfolio_markdown"] = "x", ["qa_report_path"] = SampleQa });
        var missingFile = await CallAsync(client, "plan_execution", new() { ["portfolio_path"] = folder.File("nope.md"), ["qa_report_path"] = SampleQa });

        Assert.StartsWith("bad input:", ErrorMessage(bad), StringComparison.Ordinal);
        var problems = Structured(bad).GetProperty("error").GetProperty("problems").EnumerateArray().ToList();
        Assert.Contains(problems, p => p.GetProperty("file").GetString() == "portfolio_markdown");
        Assert.Contains(problems, p => p.GetProperty("file").GetString() == "qa_report");
        Assert.Equal("bad_input", Structured(bad).GetProperty("error").GetProperty("kind").GetString());
        Assert.Contains("portfolio_path | portfolio_markdown", ErrorMessage(both), StringComparison.Ordinal);
        Assert.Contains("nope.md", ErrorMessage(missingFile), StringComparison.Ordinal);
        Assert.True(Structured(await CallAsync(client, "validate_execution", SampleInputs())).GetProperty("ready").GetBoolean());
    }

    /// <summary>Moves a stored plan back in time, as if it had been issued <paramref name="age"/> ago.</summary>
    private static void Age(string state, string token, TimeSpan age)
    {
        var path = Path.Combine(state, "mcp", "plans", Tools.Hashing.Sha256(token) + ".json");
        var plan = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var issued = DateTimeOffset.Parse(plan["issued_at"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) - age;
        plan["issued_at"] = issued;
        plan["expires_at"] = issued + TimeSpan.FromMinutes(15);
        File.WriteAllText(path, plan.ToJsonString());
    }
}

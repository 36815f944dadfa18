using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using PortfolioOrchestrator.Journal;
using PortfolioOrchestrator.Testing.Files;
using static PortfolioOrchestrator.Mcp.Tests.McpHarness;

namespace PortfolioOrchestrator.Mcp.Tests;

/// <summary>The seed's flow through tools alone, on the paper venue, against the built po started as <c>po mcp</c>.</summary>
public sealed class McpFlowTests
{
    [Fact]
    public async Task Validate_plan_execute_with_the_token_and_read_the_report_as_tool_and_resource()
    {
        using var folder = new TempDirectory("mcp-flow");
        var state = folder.File("state");
        await using (var client = await StartAsync(folder.Path, state, allowExecution: true))
        {
            var validation = Structured(await CallAsync(client, "validate_execution", SampleInputs()));
            Assert.True(validation.GetProperty("ready").GetBoolean());
            Assert.Equal("STALE_WITHIN_DAY", Text(validation, "portfolio_state"));
            Assert.Equal("QUICK_REFRESH", Text(validation, "refresh"));

            var plan = await CallAsync(client, "plan_execution", SampleInputs());
            Assert.NotEqual(true, plan.IsError);
            var token = Text(Structured(plan), "confirmation_token");
            Assert.True(DateTimeOffset.Parse(Text(Structured(plan), "token_expires_at"), System.Globalization.CultureInfo.InvariantCulture) > DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
            Assert.Empty(Structured(await CallAsync(client, "paper_orders", [])).GetProperty("orders").EnumerateArray());

            var report = Structured(await CallAsync(client, "execute_trades", new() { ["confirmation_token"] = token }));
            Assert.Equal("COMPLETED", Text(report, "status"));
            var runId = Text(report, "run_id");
            Assert.All(report.GetProperty("trades").EnumerateArray().Where(t => t.GetProperty("trade_id").GetString() != "T-004"), t => Assert.Equal("EXECUTED", t.GetProperty("status").GetString()));

            Assert.NotEmpty(Structured(await CallAsync(client, "paper_orders", [])).GetProperty("orders").EnumerateArray());
            Assert.True(Structured(await CallAsync(client, "paper_account", [])).GetProperty("opened").GetBoolean());
            Assert.Equal("COMPLETED", Text(Structured(await CallAsync(client, "run_status", new() { ["run_id"] = runId })), "status"));
            Assert.Single(Structured(await CallAsync(client, "run_status", [])).GetProperty("runs").EnumerateArray());
            Assert.Equal(runId, Text(Structured(await CallAsync(client, "get_report", new() { ["run_id"] = runId, ["format"] = "json" })), "run_id"));
            Assert.Contains(runId, Text(Structured(await CallAsync(client, "get_report", new() { ["run_id"] = runId, ["format"] = "md" })), "markdown"), StringComparison.Ordinal);

            var resources = await client.ListResourcesAsync();
            Assert.Contains(resources, r => r.Uri == $"po://runs/{runId}/execution-report.json");
            Assert.Contains(resources, r => r.Uri == $"po://runs/{runId}/execution-report.md");
            var json = Assert.IsType<TextResourceContents>(Assert.Single((await client.ReadResourceAsync($"po://runs/{runId}/execution-report.json")).Contents));
            Assert.Equal(runId, JsonDocument.Parse(json.Text).RootElement.GetProperty("run_id").GetString());
            var markdown = Assert.IsType<TextResourceContents>(Assert.Single((await client.ReadResourceAsync($"po://runs/{runId}/execution-report.md")).Contents));
            Assert.Contains(runId, markdown.Text, StringComparison.Ordinal);

            using var journal = SqliteJournal.Open(state);
            var calls = await journal.ReadToolCallsAsync(CancellationToken.None);
            Assert.Equal(["validate_execution", "plan_execution", "paper_orders", "execute_trades"], calls.Take(4).Select(c => c.Tool));
            Assert.All(calls, c => Assert.Matches("^[0-9a-f]{64}$", c.ArgumentsSha256));
            Assert.All(calls, c => Assert.Equal("ok", c.Outcome));
            Assert.Equal(runId, calls[3].RunId);
            Assert.DoesNotContain(calls, c => c.ArgumentsSha256.Contains(token, StringComparison.Ordinal) || c.Outcome.Contains(token, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_paused_run_is_decided_and_resumed_through_tools()
    {
        using var folder = new TempDirectory("mcp-decide");
        await using var client = await StartAsync(folder.Path, folder.File("state"), allowExecution: true);
        var token = Text(Structured(await CallAsync(client, "plan_execution", SampleInputs(StaleNow))), "confirmation_token");

        var paused = Structured(await CallAsync(client, "execute_trades", new() { ["confirmation_token"] = token }));
        Assert.Equal("AWAITING_DECISION", Text(paused, "status"));
        var runId = Text(paused, "run_id");
        var escalation = Assert.Single(Structured(await CallAsync(client, "list_escalations", [])).GetProperty("escalations").EnumerateArray());
        Assert.Equal(("STALE_PORTFOLIO", true, true, runId), (Text(escalation, "type"), escalation.GetProperty("blocking").GetBoolean(), escalation.GetProperty("awaited").GetBoolean(), Text(escalation, "run_id")));

        var decided = Structured(await CallAsync(client, "decide_escalation", new() { ["escalation_id"] = Text(escalation, "id"), ["decision"] = "APPROVE", ["by"] = "Master-Architect", ["note"] = "refresh and go" }));
        Assert.Equal("approve", Text(decided, "decision"));
        Assert.Equal("resume_run", Text(decided.GetProperty("next_step"), "tool"));
        Assert.Equal(runId, Text(decided.GetProperty("next_step").GetProperty("arguments"), "run_id"));

        var again = await CallAsync(client, "decide_escalation", new() { ["escalation_id"] = Text(escalation, "id"), ["decision"] = "halt", ["by"] = "Master-Architect" });
        Assert.Contains("already decided", ErrorMessage(again), StringComparison.Ordinal);

        var resumed = Structured(await CallAsync(client, "resume_run", new() { ["run_id"] = runId }));
        Assert.Equal(runId, Text(resumed, "run_id"));
        Assert.NotEqual("AWAITING_DECISION", Text(resumed, "status"));
        Assert.DoesNotContain(Structured(await CallAsync(client, "list_escalations", new() { ["open_only"] = true })).GetProperty("escalations").EnumerateArray(), e => e.GetProperty("blocking").GetBoolean());
        Assert.NotEmpty(Structured(await CallAsync(client, "list_escalations", new() { ["open_only"] = false })).GetProperty("escalations").EnumerateArray());
    }

    [Fact]
    public async Task Execute_sends_a_progress_notification_per_trade_when_given_a_progress_token()
    {
        using var folder = new TempDirectory("mcp-progress");
        await using var client = await StartAsync(folder.Path, folder.File("state"), allowExecution: true);
        var token = Text(Structured(await CallAsync(client, "plan_execution", SampleInputs())), "confirmation_token");
        var seen = new List<ModelContextProtocol.ProgressNotificationValue>();
        var four = new TaskCompletionSource();
        var progress = new SynchronousProgress(value =>
        {
            lock (seen)
            {
                seen.Add(value);
                if (seen.Count >= 4)
                {
                    four.TrySetResult();
                }
            }
        });

        var report = Structured(await CallAsync(client, "execute_trades", new() { ["confirmation_token"] = token }, progress));
        await four.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var executed = report.GetProperty("trades").EnumerateArray().Count(t => t.GetProperty("status").GetString() == "EXECUTED");
        lock (seen)
        {
            Assert.True(seen.Count >= executed, $"{seen.Count} notifications for {executed} trades");
            Assert.Equal(Enumerable.Range(1, seen.Count).Select(i => (float)i), seen.Select(v => v.Progress).Order());
            Assert.Contains(seen, v => v.Message!.Contains("EXECUTED", StringComparison.Ordinal));
        }
    }

    private sealed class SynchronousProgress(Action<ModelContextProtocol.ProgressNotificationValue> report) : IProgress<ModelContextProtocol.ProgressNotificationValue>
    {
        public void Report(ModelContextProtocol.ProgressNotificationValue value) => report(value);
    }
}

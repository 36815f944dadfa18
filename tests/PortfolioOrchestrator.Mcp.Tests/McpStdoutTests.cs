using System.Diagnostics;
using System.Text.Json;
using PortfolioOrchestrator.Testing.Files;

namespace PortfolioOrchestrator.Mcp.Tests;

/// <summary>CONTRACT §8: stdout carries only JSON-RPC; everything else (progress lines, logs) goes to stderr.</summary>
public sealed class McpStdoutTests
{
    [Fact]
    public async Task Stdout_carries_nothing_but_json_rpc_messages_and_the_server_exits_0_when_stdin_closes()
    {
        using var folder = new TempDirectory("mcp-stdout");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder.Path,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { PoProcess.Dll, "mcp", "--state", folder.File("state"), "--allow-execution" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var lines = new List<string>();
        async Task<JsonElement> AskAsync(int id, string method, object parameters)
        {
            await process.StandardInput.WriteLineAsync(JsonSerializer.Serialize(new { jsonrpc = "2.0", id, method, @params = parameters }));
            await process.StandardInput.FlushAsync();
            while (true)
            {
                var line = await process.StandardOutput.ReadLineAsync() ?? throw new InvalidOperationException("stdout closed");
                lines.Add(line);
                var message = JsonDocument.Parse(line).RootElement;
                if (message.TryGetProperty("id", out var answered) && answered.GetInt32() == id)
                {
                    return message;
                }
            }
        }

        await AskAsync(1, "initialize", new { protocolVersion = "2025-06-18", capabilities = new { }, clientInfo = new { name = "raw", version = "1" } });
        await process.StandardInput.WriteLineAsync("""{"jsonrpc":"2.0","method":"notifications/initialized"}""");
        var plan = await AskAsync(2, "tools/call", new { name = "plan_execution", arguments = McpHarness.SampleInputs() });
        var token = plan.GetProperty("result").GetProperty("structuredContent").GetProperty("confirmation_token").GetString();
        await AskAsync(3, "tools/call", new { name = "execute_trades", arguments = new { confirmation_token = token } });
        process.StandardInput.Close();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        lines.AddRange((await process.StandardOutput.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(0, process.ExitCode);
        Assert.All(lines, line => Assert.Equal("2.0", JsonDocument.Parse(line).RootElement.GetProperty("jsonrpc").GetString()));
        Assert.Contains("EXECUTED", await stderr, StringComparison.Ordinal);
    }
}

using System.IO.Pipelines;
using Microsoft.Extensions.Time.Testing;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using PortfolioOrchestrator.Application;

namespace PortfolioOrchestrator.Mcp.Tests;

/// <summary>The po MCP server in this process over an in-memory pipe, on a clock the test moves.</summary>
public sealed class InMemoryServer : IAsyncDisposable
{
    private readonly McpServer _server;
    private readonly Task _serving;

    private InMemoryServer(McpServer server, Task serving, McpClient client, FakeTimeProvider clock)
    {
        _server = server;
        _serving = serving;
        Client = client;
        Clock = clock;
    }

    public McpClient Client { get; }

    public FakeTimeProvider Clock { get; }

    public static async Task<InMemoryServer> StartAsync(string workingDirectory, string state, bool allowExecution)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-24T18:40:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var environment = new PoEnvironment(TextWriter.Null, TextWriter.Null, new Dictionary<string, string?>(), clock, workingDirectory);
        var options = new McpServerOptions();
        PoMcpServer.Configure(options, environment, new McpSettings(state, allowExecution, null, null, false));
        Pipe toServer = new(), toClient = new();
        var server = McpServer.Create(new StreamServerTransport(toServer.Reader.AsStream(), toClient.Writer.AsStream()), options);
        var serving = server.RunAsync();
        var client = await McpClient.CreateAsync(
            new StreamClientTransport(toServer.Writer.AsStream(), toClient.Reader.AsStream()),
            new McpClientOptions { ProtocolVersion = "2025-11-25", ClientInfo = new Implementation { Name = "po-tests", Version = "1.0" } });
        return new InMemoryServer(server, serving, client, clock);
    }

    public Task<CallToolResult> CallAsync(string tool, Dictionary<string, object?> arguments) => McpHarness.CallAsync(Client, tool, arguments);

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        await _server.DisposeAsync();
        try
        {
            await _serving;
        }
        catch (OperationCanceledException)
        {
        }
    }
}

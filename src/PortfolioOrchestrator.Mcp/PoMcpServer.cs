using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using PortfolioOrchestrator.Application;
using PortfolioOrchestrator.Mcp.Resources;

namespace PortfolioOrchestrator.Mcp;

/// <summary>
/// <c>po mcp</c> (CONTRACT §8): the official SDK's server over stdio, hosted with Microsoft.Extensions.Hosting.
/// stdout carries only the protocol; every log line goes to stderr. It ends when the client closes stdin.
/// </summary>
public static class PoMcpServer
{
    public const string Name = "portfolio-orchestrator";

    /// <summary>What the server says about itself when a client connects.</summary>
    public const string Instructions =
        "Portfolio Orchestrator executes a Quality-Assurance report of approved trades at a broker, deterministically, in approval order, " +
        "with freshness, sector-cap and cash-buffer gates. Flow: validate_execution (optional) -> plan_execution (a dry run; returns a confirmation_token) -> " +
        "execute_trades with that token (only on a server started with --allow-execution) -> if status is AWAITING_DECISION: list_escalations, decide_escalation, resume_run -> get_report. " +
        "Ratios are fractions (0.15 = 15 %), money is US dollars, sector_drift_pp is percentage points, slippage is basis points.";

    /// <summary>The handlers of every tool and resource, for the stdio host and for a server over any other transport.</summary>
    public static void Configure(McpServerOptions options, PoEnvironment environment, McpSettings settings)
    {
        ArgumentNullException.ThrowIfNull(options);
        var quiet = environment with { Out = environment.Error };
        var tools = new ToolCalls(quiet, settings);
        var reports = new ReportResources(quiet, settings);
        options.ServerInfo = new Implementation { Name = Name, Version = typeof(PoMcpServer).Assembly.GetName().Version?.ToString(3) ?? "0" };
        options.ServerInstructions = Instructions;
        options.Handlers.ListToolsHandler = tools.ListAsync;
        options.Handlers.CallToolHandler = tools.CallAsync;
        options.Handlers.ListResourcesHandler = reports.ListAsync;
        options.Handlers.ListResourceTemplatesHandler = reports.TemplatesAsync;
        options.Handlers.ReadResourceHandler = reports.ReadAsync;
    }

    /// <summary>Serves stdin/stdout until the client closes; returns 0.</summary>
    public static async Task<int> RunStdioAsync(PoEnvironment environment, McpSettings settings, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.Configure<ConsoleLifetimeOptions>(lifetime => lifetime.SuppressStatusMessages = true);
        builder.Services.AddMcpServer(options => Configure(options, environment, settings)).WithStdioServerTransport();
        using var host = builder.Build();
        await host.RunAsync(cancellationToken);
        return 0;
    }
}

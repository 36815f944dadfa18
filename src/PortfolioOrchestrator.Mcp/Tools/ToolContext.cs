using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using PortfolioOrchestrator.Application;
using PortfolioOrchestrator.Mcp.Plans;

namespace PortfolioOrchestrator.Mcp.Tools;

/// <summary>
/// What a tool call runs with: the environment (its stdout is the server's stderr — stdout carries only the
/// protocol), the server's settings and plans, the session (for elicitation and progress), the call's progress token.
/// </summary>
public sealed record ToolContext(PoEnvironment Environment, McpSettings Settings, PlanStore Plans, McpServer? Server, ProgressToken? ProgressToken)
{
    /// <summary>Whether the client said it can ask the person (form elicitation).</summary>
    public bool CanElicit => Server?.ClientCapabilities?.Elicitation is not null;
}

using System.CommandLine;
using PortfolioOrchestrator.Application.Composition;
using PortfolioOrchestrator.Mcp;

namespace PortfolioOrchestrator.Cli.Commands;

/// <summary>
/// <c>po mcp [--state DIR] [--allow-execution] [--broker …] [--accounts FILE] [--refresh MODE] [--live]</c>: the orchestrator as Model
/// Context Protocol tools over stdio (CONTRACT §8). Bad options end it with exit 2 before it serves; otherwise it
/// exits 0 when the client closes.
/// </summary>
public static class McpCommand
{
    public static Command Create(PoEnvironment environment, CommonOptions common)
    {
        var allowExecution = new Option<bool>("--allow-execution")
        {
            Description = "Let execute_trades and resume_run send orders (each execution still needs a plan_execution token); without it they are refused",
        };
        var broker = new Option<string?>("--broker") { Description = "The venue the tools trade at: paper (default), paper:SCRIPT.json, or alpaca" };
        var refresh = CommonOptions.Refresh();
        var live = RunCommand.AlpacaFlags.Live();
        var accounts = CommonOptions.Accounts();
        var command = new Command("mcp", "Serve the orchestrator as Model Context Protocol tools over stdio (for LLM agents); ends when the client closes") { allowExecution, broker, refresh, live, accounts };
        command.SetAction((result, cancellationToken) => CommandAction.RunAsync(environment, result.GetValue(common.Json), () =>
        {
            var spec = BrokerSpec.Parse(result.GetValue(broker));
            RefreshComposition.Parse(result.GetValue(refresh));
            new VenueOptions(result.GetValue(live), false).EnsureFits(spec);
            if (!spec.IsPaper)
            {
                VenueFactory.AlpacaOptionsFrom(environment, result.GetValue(live));
            }

            var settings = new McpSettings(environment.ResolvePath(result.GetValue(common.State)!), result.GetValue(allowExecution), spec.ToString(), result.GetValue(refresh), result.GetValue(live))
            {
                Accounts = result.GetValue(accounts) is { } file ? environment.ResolvePath(file) : null,
            };
            return PoMcpServer.RunStdioAsync(environment, settings, cancellationToken);
        }));
        return command;
    }
}

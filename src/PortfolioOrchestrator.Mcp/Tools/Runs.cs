using PortfolioOrchestrator.Application.Composition;

namespace PortfolioOrchestrator.Mcp.Tools;

/// <summary>The <c>po run</c> options a plan or an execution of the given inputs amounts to.</summary>
public static class Runs
{
    public static RunOptions Options(PlannedInputs inputs, McpSettings settings, bool dryRun) =>
        new(inputs.Portfolio.Name, inputs.Qa.Name, inputs.Broker, inputs.Now, null, settings.StateDirectory, inputs.Policy?.Name, dryRun, Json: true, Routing: null, Refresh: settings.Refresh, Accounts: settings.Accounts)
        {
            Documents = InputArguments.Documents(inputs),
            ScriptText = inputs.BrokerScript?.Text,
        };
}

using PortfolioOrchestrator.Cli.Rendering;

namespace PortfolioOrchestrator.Cli.Commands;

/// <summary>
/// Runs a verb's body and turns its failures into exit codes and one clear message: on stderr for a
/// person, or with <c>--json</c> as one error object on stdout (CONTRACT Resolution 20). Never a stack trace.
/// </summary>
public static class CommandAction
{
    public static async Task<int> RunAsync(PoEnvironment environment, bool json, Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            if (ex is not PoException && environment.Variables.ContainsKey("PO_DEBUG"))
            {
                await environment.Error.WriteLineAsync(ex.ToString());
            }

            return await ErrorOutput.WriteAsync(environment, json, ErrorReport.Classify(ex));
        }
    }
}

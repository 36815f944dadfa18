using PortfolioOrchestrator.Domain.Engine;

namespace PortfolioOrchestrator.Cli.Commands;

/// <summary>Runs a verb's body and turns its failures into exit codes and one clear message on stderr.</summary>
public static class CommandAction
{
    public static async Task<int> RunAsync(CliEnvironment environment, Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (CliException ex)
        {
            await environment.Error.WriteLineAsync("po: " + ex.Message);
            return ex.ExitCode;
        }
        catch (BrokerUnavailableException ex)
        {
            await environment.Error.WriteLineAsync("po: broker unavailable: " + ex.Message);
            return ExitCodes.InternalError;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            await environment.Error.WriteLineAsync($"po: internal error: {ex.Message}");
            if (environment.Variables.ContainsKey("PO_DEBUG"))
            {
                await environment.Error.WriteLineAsync(ex.ToString());
            }

            return ExitCodes.InternalError;
        }
    }
}

using System.CommandLine;
using PortfolioOrchestrator.Application.Composition;
using PortfolioOrchestrator.Cli.Rendering;

namespace PortfolioOrchestrator.Cli.Commands;

/// <summary>
/// <c>po status [RUN_ID]</c>: runs, their trades, open escalations — and for each run that waits, the exact
/// <c>po decide</c> and <c>po resume</c> lines (CONTRACT Resolutions 19 and 21).
/// </summary>
public static class StatusCommand
{
    public static Command Create(PoEnvironment environment, CommonOptions common)
    {
        var runId = new Argument<string?>("RUN_ID") { Description = "One run (default: all)", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("status", "List runs, their trades and open escalations, and what to type next") { runId };
        command.SetAction((result, cancellationToken) => CommandAction.RunAsync(environment, result.GetValue(common.Json), async () =>
        {
            var stateDirectory = environment.ResolvePath(result.GetValue(common.State)!);
            var wanted = result.GetValue(runId);
            var lines = await StatusQuery.LoadAsync(environment, stateDirectory, wanted, cancellationToken);
            if (result.GetValue(common.Json))
            {
                await environment.Out.WriteLineAsync(wanted is null ? PoJson.Serialize(lines) : PoJson.Serialize(lines[0]));
            }
            else
            {
                StatusRenderer.Render(Consoles.For(environment), lines, stateDirectory, single: wanted is not null);
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}

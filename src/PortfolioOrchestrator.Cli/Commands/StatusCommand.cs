using System.CommandLine;
using PortfolioOrchestrator.Cli.Composition;
using PortfolioOrchestrator.Cli.Rendering;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Cli.Commands;

/// <summary>
/// <c>po status [RUN_ID]</c>: runs, their trades, open escalations — and for each run that waits, the exact
/// <c>po decide</c> and <c>po resume</c> lines (CONTRACT Resolutions 19 and 21).
/// </summary>
public static class StatusCommand
{
    public static Command Create(CliEnvironment environment, CommonOptions common)
    {
        var runId = new Argument<string?>("RUN_ID") { Description = "One run (default: all)", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("status", "List runs, their trades and open escalations, and what to type next") { runId };
        command.SetAction((result, cancellationToken) => CommandAction.RunAsync(environment, result.GetValue(common.Json), async () =>
        {
            var stateDirectory = environment.ResolvePath(result.GetValue(common.State)!);
            using var journal = ReadOnlyState.OpenJournal(environment, stateDirectory);
            var wanted = result.GetValue(runId);
            var runs = new List<RunSnapshot>();
            if (wanted is not null)
            {
                runs.Add(await journal.LoadRunAsync(RunId.Create(wanted), cancellationToken)
                    ?? throw CliException.BadInput($"no run {wanted} in state directory {stateDirectory} (see `po status`)"));
            }
            else
            {
                foreach (var header in await journal.ListRunsAsync(cancellationToken))
                {
                    runs.Add((await journal.LoadRunAsync(header.RunId, cancellationToken))!);
                }
            }

            var lines = runs.Select(r => StatusLines.Of(environment, StoppedRun.View(r), stateDirectory)).ToList();
            if (result.GetValue(common.Json))
            {
                await environment.Out.WriteLineAsync(wanted is null ? CliJson.Serialize(lines) : CliJson.Serialize(lines[0]));
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

using System.CommandLine;
using PortfolioOrchestrator.Application.Composition;
using PortfolioOrchestrator.Cli.Rendering;

namespace PortfolioOrchestrator.Cli.Commands;

/// <summary><c>po resume RUN_ID</c>: continues a paused or crashed run, reconciling with the broker first.</summary>
public static class ResumeCommand
{
    public static Command Create(PoEnvironment environment, CommonOptions common)
    {
        var runId = new Argument<string>("RUN_ID") { Description = "The run to continue" };
        var now = CommonOptions.Now();
        var live = RunCommand.AlpacaFlags.Live();
        var queueForOpen = RunCommand.AlpacaFlags.QueueForOpen();
        var routing = CommonOptions.Routing();
        var refresh = CommonOptions.Refresh();
        refresh.Description += "; default: the mode the run was started with";
        var accounts = CommonOptions.Accounts();
        accounts.Description = "The accounts map the run was started with (optional: the run's journaled map is used; a different one is refused)";
        var command = new Command("resume", "Continue a paused or crashed run (reconciles with the broker before anything is sent)") { runId, now, live, queueForOpen, routing, refresh, accounts };
        command.SetAction((result, cancellationToken) => CommandAction.RunAsync(environment, result.GetValue(common.Json), async () =>
            await RunOutcomeOutput.ShowAsync(environment, await new RunHost(environment).ResumeAsync(result.GetValue(common.State)!, result.GetValue(runId)!, result.GetValue(now), result.GetValue(routing),
                new VenueOptions(result.GetValue(live), result.GetValue(queueForOpen)),
                result.GetValue(refresh),
                result.GetValue(accounts),
                cancellationToken), result.GetValue(common.Json))));
        return command;
    }
}

using System.CommandLine;
using PortfolioOrchestrator.Cli.Commands;

namespace PortfolioOrchestrator.Cli;

/// <summary>The <c>po</c> command line: builds the parser over an environment and runs it.</summary>
public static class PoApplication
{
    public static RootCommand Build(CliEnvironment environment)
    {
        var common = new CommonOptions();
        var root = new RootCommand("po — Portfolio Orchestrator: executes QA-approved trades in approval order, escalates, reports")
        {
            DemoCommand.Create(environment, common),
            ValidateCommand.Create(environment, common),
            RunCommand.Create(environment, common),
            StatusCommand.Create(environment, common),
            DecideCommand.Create(environment, common),
            ResumeCommand.Create(environment, common),
            ReportCommand.Create(environment, common),
            RouteCommand.Create(environment, common),
            MonitorCommand.Create(environment, common),
            PaperCommand.Create(environment, common),
        };
        root.Options.Add(common.State);
        root.Options.Add(common.Json);
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken = default)
    {
        var parsed = Build(environment).Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await environment.Error.WriteLineAsync("po: " + error.Message);
            }

            await environment.Error.WriteLineAsync("Try 'po --help'.");
            return ExitCodes.BadInput;
        }

        var configuration = new InvocationConfiguration { Output = environment.Out, Error = environment.Error };
        return await parsed.InvokeAsync(configuration, cancellationToken);
    }
}

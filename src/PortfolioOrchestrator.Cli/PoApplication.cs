using System.CommandLine;
using PortfolioOrchestrator.Cli.Commands;
using PortfolioOrchestrator.Cli.Rendering;
using PortfolioOrchestrator.Domain.Inputs;

namespace PortfolioOrchestrator.Cli;

/// <summary>The <c>po</c> command line: builds the parser over an environment and runs it.</summary>
public static class PoApplication
{
    public static RootCommand Build(PoEnvironment environment)
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
            ProtectCommand.Create(environment, common),
            PaperCommand.Create(environment, common),
            InitCommand.Create(environment, common),
            McpCommand.Create(environment, common),
        };
        root.Options.Add(common.State);
        root.Options.Add(common.Json);
        return root;
    }

    public static async Task<int> RunAsync(string[] args, PoEnvironment environment, CancellationToken cancellationToken = default)
    {
        var parsed = Build(environment).Parse(args);
        if (parsed.Errors.Count > 0)
        {
            var problems = parsed.Errors.Select(e => new InputProblem("command line", null, null, "arguments as `po --help` lists them", null) { Issue = e.Message }).ToList();
            var message = string.Join(Environment.NewLine + "  ", parsed.Errors.Select(e => e.Message)) + Environment.NewLine + "Try 'po --help'.";
            return await ErrorOutput.WriteAsync(environment, args.Contains("--json", StringComparer.Ordinal), PoException.BadInput(message, problems));
        }

        // Resolution 19: run and resume stop at a safe point on SIGINT/SIGTERM themselves (InterruptSignal);
        // System.CommandLine's own handling would cancel a broker call or a journal write in flight.
        var configuration = new InvocationConfiguration { Output = environment.Out, Error = environment.Error, ProcessTerminationTimeout = null };
        return await parsed.InvokeAsync(configuration, cancellationToken);
    }
}

using System.CommandLine;

namespace PortfolioOrchestrator.Cli.Commands;

/// <summary><c>po report RUN_ID [--format md|json|html]</c>: prints a run's execution report.</summary>
public static class ReportCommand
{
    public static Command Create(PoEnvironment environment, CommonOptions common)
    {
        var runId = new Argument<string>("RUN_ID") { Description = "The run" };
        var format = new Option<string>("--format") { Description = "md (default), json, or html (a self-contained page)", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "json", "html");
        var command = new Command("report", "Print a run's execution report") { runId, format };
        command.SetAction((result, cancellationToken) => CommandAction.RunAsync(environment, result.GetValue(common.Json), async () =>
        {
            var published = await ReportQuery.LoadAsync(environment, result.GetValue(common.State)!, result.GetValue(runId)!, cancellationToken);
            // --json asks for machine-readable stdout, whatever --format says.
            var chosen = result.GetValue(common.Json) ? "json" : result.GetValue(format);
            await environment.Out.WriteLineAsync(chosen switch
            {
                "json" => published.Json,
                "html" => published.Html,
                _ => published.Markdown,
            });
            return ExitCodes.Success;
        }));
        return command;
    }
}

using System.CommandLine;
using PortfolioOrchestrator.Application.Composition;
using PortfolioOrchestrator.Cli.Rendering;

namespace PortfolioOrchestrator.Cli.Commands;

/// <summary>
/// <c>po demo</c>: the bundled sample end to end on the paper venue, at the sample's own time (simulated),
/// in a fresh folder under the state directory so it can be run again and again.
/// </summary>
public static class DemoCommand
{
    /// <summary>The moment the sample is set in: 50 minutes after PORTFOLIO.md was written.</summary>
    public const string SampleNow = "2026-11-24T13:40:00-05:00";

    public static Command Create(PoEnvironment environment, CommonOptions common)
    {
        var output = new Option<string?>("--out") { Description = "Folder for the report (default: inside the demo's state folder)" };
        var routing = CommonOptions.Routing();
        var command = new Command("demo", "Run the bundled sample end to end on the paper venue and say where the report is") { output, routing };
        command.SetAction((result, cancellationToken) => CommandAction.RunAsync(environment, result.GetValue(common.Json), async () =>
        {
            var samples = Path.Combine(AppContext.BaseDirectory, "samples");
            if (!File.Exists(Path.Combine(samples, "PORTFOLIO.md")))
            {
                throw new PoException(ExitCodes.InternalError, $"the bundled samples are missing from {samples}");
            }

            var stamp = environment.Clock.GetUtcNow().ToString("yyyyMMdd-HHmmss-fff", System.Globalization.CultureInfo.InvariantCulture);
            var state = Path.Combine(environment.ResolvePath(result.GetValue(common.State)!), "demo", stamp);
            await environment.Error.WriteLineAsync($"Demo: sample inputs from {samples}; state in {state}");
            var options = new RunOptions(
                Path.Combine(samples, "PORTFOLIO.md"),
                Path.Combine(samples, "qa-report.json"),
                "paper:" + Path.Combine(samples, "paper-script.json"),
                SampleNow,
                result.GetValue(output),
                state,
                null,
                DryRun: false,
                result.GetValue(common.Json),
                result.GetValue(routing));
            return await RunOutcomeOutput.ShowAsync(environment, await new RunHost(environment).RunAsync(options, cancellationToken), options.Json);
        }));
        return command;
    }
}

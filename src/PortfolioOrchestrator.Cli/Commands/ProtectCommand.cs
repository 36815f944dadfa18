using System.CommandLine;
using PortfolioOrchestrator.Application.UseCases;
using PortfolioOrchestrator.Reporting.Tracking;

namespace PortfolioOrchestrator.Cli.Commands;

/// <summary>
/// <c>po protect [--broker paper|alpaca] [--accounts FILE] [--dry-run] [--now T]</c>: STEP 8's stop-loss and profit
/// target tracking (CONTRACT Resolution 16) — each protected lot's orders at its venue made to match the journal.
/// Exit 0 nothing to do or all repaired; 4 something could not be repaired (routed to the Master-Architect); 2 bad
/// input; 1 a venue unavailable. <c>--dry-run</c> changes nothing and exits as the real run would.
/// </summary>
public static class ProtectCommand
{
    public static Command Create(PoEnvironment environment, CommonOptions common)
    {
        var broker = new Option<string?>("--broker") { Description = "Where the protected lots are: paper (default) or alpaca" };
        var accounts = CommonOptions.Accounts();
        var live = RunCommand.AlpacaFlags.Live();
        var dryRun = new Option<bool>("--dry-run") { Description = "Read the venues and say what would be repaired; change nothing at a venue or in the journal" };
        var now = CommonOptions.Now();
        var command = new Command("protect", "STEP 8's stop-loss and target tracking: place missing protection, replace what expires or covers another quantity, cancel protection of positions that are gone")
        {
            broker, accounts, live, dryRun, now,
        };
        command.SetAction((result, cancellationToken) => CommandAction.RunAsync(environment, result.GetValue(common.Json), async () =>
        {
            var request = new ProtectRequest(result.GetValue(common.State)!)
            {
                Broker = result.GetValue(broker),
                Accounts = result.GetValue(accounts),
                Live = result.GetValue(live),
                DryRun = result.GetValue(dryRun),
                Now = result.GetValue(now),
            };
            var outcome = await new ProtectUseCase(environment).RunAsync(request, cancellationToken);
            await environment.Out.WriteAsync(result.GetValue(common.Json) ? outcome.Json : outcome.Markdown);
            if (outcome.Folder is { } folder)
            {
                await environment.Error.WriteLineAsync($"Protect: {Path.Combine(folder, outcome.Report.Problems.Count > 0 ? ProtectMarkdown.FileName : ProtectUseCase.JsonFile)}");
            }

            return outcome.ExitCode;
        }));
        return command;
    }
}

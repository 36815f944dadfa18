using System.CommandLine;
using PortfolioOrchestrator.Application.UseCases;
using PortfolioOrchestrator.Reporting.Monitoring;

namespace PortfolioOrchestrator.Cli.Commands;

/// <summary>
/// <c>po monitor --portfolio FILE [--prices FILE] [--accounts FILE] [--broker paper|alpaca]</c>: STEP 8's daily
/// check (CONTRACT Resolution 16) — PORTFOLIO.md's age, sector caps, cash buffer, the stop-loss and target orders
/// against the given prices, and every lot we protect read at its own account's venue. Exit 0 everything checked and
/// within limits; 4 something needs attention or could not be checked; 2 bad input. Writes
/// <c>&lt;state&gt;/monitor/&lt;date&gt;/to-master-architect-monitor.md</c> and <c>monitor-report.json</c>.
/// </summary>
public static class MonitorCommand
{
    public const string JsonFile = MonitorUseCase.JsonFile;

    public static Command Create(PoEnvironment environment, CommonOptions common)
    {
        var portfolio = new Option<string>("--portfolio") { Description = "PORTFOLIO.md as it stands today", Required = true };
        var prices = new Option<string?>("--prices") { Description = "JSON of ticker to today's price, {\"MSFT\": 371.2}, to check the stop-loss and target orders" };
        var policy = new Option<string?>("--policy") { Description = "JSON file overriding the seed's thresholds" };
        var broker = new Option<string?>("--broker") { Description = "Where the protected lots are: paper (default) or alpaca" };
        var accounts = CommonOptions.Accounts();
        var live = RunCommand.AlpacaFlags.Live();
        var now = CommonOptions.Now();
        var command = new Command("monitor", "STEP 8's daily check: sector caps, cash buffer, and the protection of every lot we protect at its venue (missing, wrong quantity, expiring, filled)")
        {
            portfolio, prices, policy, broker, accounts, live, now,
        };
        command.SetAction((result, cancellationToken) => CommandAction.RunAsync(environment, result.GetValue(common.Json), async () =>
        {
            var request = new MonitorRequest(result.GetValue(portfolio)!, result.GetValue(prices), result.GetValue(policy), result.GetValue(now), result.GetValue(common.State)!)
            {
                Broker = result.GetValue(broker),
                Accounts = result.GetValue(accounts),
                Live = result.GetValue(live),
            };
            var outcome = await new MonitorUseCase(environment).RunAsync(request, cancellationToken);
            await environment.Out.WriteAsync(result.GetValue(common.Json) ? outcome.Json : outcome.Markdown);
            await environment.Error.WriteLineAsync($"Monitor: {Path.Combine(outcome.Folder, MonitorMarkdown.FileName)}");
            return outcome.ExitCode;
        }));
        return command;
    }
}

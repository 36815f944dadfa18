using System.CommandLine;
using PortfolioOrchestrator.Application.Composition;
using PortfolioOrchestrator.Cli.Rendering;

namespace PortfolioOrchestrator.Cli.Commands;

/// <summary><c>po run</c>: STEP 1–8.</summary>
public static class RunCommand
{
    public static Command Create(PoEnvironment environment, CommonOptions common)
    {
        var portfolio = new Option<string>("--portfolio") { Description = "PORTFOLIO.md from Portfolio-Persona", Required = true };
        var qa = new Option<string>("--qa") { Description = "QA report JSON from Quality-Assurance", Required = true };
        var broker = new Option<string?>("--broker") { Description = "paper (default), paper:SCRIPT.json, or alpaca" };
        var now = CommonOptions.Now();
        var output = new Option<string?>("--out") { Description = "Folder for the report and routed messages (default <state>/runs/<run_id>/)" };
        var policy = new Option<string?>("--policy") { Description = "JSON file overriding the seed's thresholds" };
        var routing = CommonOptions.Routing();
        var refresh = CommonOptions.Refresh();
        var accounts = CommonOptions.Accounts();
        var dryRun = new Option<bool>("--dry-run") { Description = "Decide and simulate on a private paper venue; send nothing, journal nothing" };
        var live = AlpacaFlags.Live();
        var queueForOpen = AlpacaFlags.QueueForOpen();
        var command = new Command("run", "Execute a QA report: STEP 1–8 (validate, execute in approval order, escalate, report, route)")
        {
            portfolio, qa, broker, now, output, policy, dryRun, live, queueForOpen, routing, refresh, accounts,
        };
        command.SetAction((result, cancellationToken) => CommandAction.RunAsync(environment, result.GetValue(common.Json), async () =>
            await RunOutcomeOutput.ShowAsync(environment, await new RunHost(environment).RunAsync(
                new RunOptions(
                    result.GetValue(portfolio)!,
                    result.GetValue(qa)!,
                    result.GetValue(broker),
                    result.GetValue(now),
                    result.GetValue(output),
                    result.GetValue(common.State)!,
                    result.GetValue(policy),
                    result.GetValue(dryRun),
                    result.GetValue(common.Json),
                    result.GetValue(routing),
                    result.GetValue(refresh),
                    result.GetValue(accounts)),
                new VenueOptions(result.GetValue(live), result.GetValue(queueForOpen)),
                cancellationToken), result.GetValue(common.Json))));
        return command;
    }

    /// <summary>The options that only <c>--broker alpaca</c> reads; <c>po resume</c> takes them too.</summary>
    internal static class AlpacaFlags
    {
        public static Option<bool> Live() => new("--live")
        {
            Description = "With --broker alpaca: allow Alpaca's live endpoint (real money) in APCA_API_BASE_URL",
        };

        public static Option<bool> QueueForOpen() => new("--queue-for-open")
        {
            Description = "With --broker alpaca: when the market is closed, send day orders anyway to fill at the next open",
        };
    }
}

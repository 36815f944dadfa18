using System.CommandLine;
using System.Text.Json;
using PortfolioOrchestrator.Application.Composition;
using PortfolioOrchestrator.Domain.Inputs;
using PortfolioOrchestrator.Domain.Policy;
using PortfolioOrchestrator.Inputs;
using PortfolioOrchestrator.Paper;
using PortfolioOrchestrator.Paper.Scripting;
using PortfolioOrchestrator.Reporting.Json;
using PortfolioOrchestrator.Reporting.Monitoring;
using PortfolioOrchestrator.Reporting.Routing;

namespace PortfolioOrchestrator.Cli.Commands;

/// <summary>
/// <c>po monitor --portfolio FILE [--prices FILE]</c>: STEP 8's daily check — PORTFOLIO.md's age, sector
/// caps, cash buffer, each position's stop-loss and target orders working at the paper venue and whether
/// the given prices trigger them. Exit 0 everything checked and within limits; 4 something needs attention
/// or could not be checked (a position without a price is NOT_CHECKED, CONTRACT Resolution 16); 2 bad input. Writes
/// <c>&lt;state&gt;/monitor/&lt;date&gt;/to-master-architect-monitor.md</c> and <c>monitor-report.json</c>.
/// </summary>
public static class MonitorCommand
{
    public const string JsonFile = "monitor-report.json";

    public static Command Create(PoEnvironment environment, CommonOptions common)
    {
        var portfolio = new Option<string>("--portfolio") { Description = "PORTFOLIO.md as it stands today", Required = true };
        var prices = new Option<string?>("--prices") { Description = "JSON of ticker to today's price, {\"MSFT\": 371.2}, to check the stop-loss and target orders" };
        var policy = new Option<string?>("--policy") { Description = "JSON file overriding the seed's thresholds" };
        var now = CommonOptions.Now();
        var command = new Command("monitor", "STEP 8's daily check: sector caps, cash buffer, open stop-loss and target orders against today's prices") { portfolio, prices, policy, now };
        command.SetAction((result, cancellationToken) => CommandAction.RunAsync(environment, result.GetValue(common.Json), async () =>
        {
            var when = NowOption.Parse(result.GetValue(now)) ?? environment.Clock.GetUtcNow();
            var problems = new List<InputProblem>();
            var snapshot = InputLoader.Read(environment, result.GetValue(portfolio)!, "portfolio", null, problems, (text, name) => PortfolioMarkdownReader.Read(text, name));
            var rules = result.GetValue(policy) is { } policyPath
                ? InputLoader.Read(environment, policyPath, "policy", null, problems, (text, name) => PolicyReader.Read(text, name))
                : ExecutionPolicy.Default;
            if (problems.Count > 0 || snapshot is null || rules is null)
            {
                throw PoException.BadInput(InputLoader.Describe(problems));
            }

            var quotes = ReadPrices(environment, result.GetValue(prices));
            var state = environment.ResolvePath(result.GetValue(common.State)!);
            Directory.CreateDirectory(state);
            using var venue = PaperVenue.Open(state, PaperScript.Standard, environment.Clock);
            var orders = await venue.ListOrdersAsync(cancellationToken);
            var report = DailyCheck.Run(new DailyCheckInputs { Portfolio = snapshot, Policy = rules, Orders = orders, Prices = quotes, Calendar = RunHost.Calendar, Now = when });

            var folder = Path.Combine(state, "monitor", report.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            Directory.CreateDirectory(folder);
            var markdown = MonitorMarkdown.Render(report);
            var json = JsonSerializer.Serialize(report, ExecutionReportJson.Options) + "\n";
            AtomicFile.WriteAllText(Path.Combine(folder, MonitorMarkdown.FileName), markdown);
            AtomicFile.WriteAllText(Path.Combine(folder, JsonFile), json);

            await environment.Out.WriteAsync(result.GetValue(common.Json) ? json : markdown);
            await environment.Error.WriteLineAsync($"Monitor: {Path.Combine(folder, MonitorMarkdown.FileName)}");
            return report.Status == MonitorStatus.Ok ? ExitCodes.Success : ExitCodes.AwaitingDecision;
        }));
        return command;
    }

    private static Dictionary<string, decimal>? ReadPrices(PoEnvironment environment, string? path)
    {
        if (path is null)
        {
            return null;
        }

        var problems = new List<InputProblem>();
        var prices = InputLoader.Read(environment, path, "prices", null, problems, (text, name) => PricesReader.Read(text, name));
        return prices is null ? throw PoException.BadInput(InputLoader.Describe(problems)) : new Dictionary<string, decimal>(prices);
    }
}

using System.CommandLine;
using PortfolioOrchestrator.Application;
using PortfolioOrchestrator.Application.Composition;
using PortfolioOrchestrator.Cli.Rendering;
using PortfolioOrchestrator.Domain.Inputs;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Time;
using PortfolioOrchestrator.Inputs;
using PortfolioOrchestrator.Paper.Scripting;

namespace PortfolioOrchestrator.Cli.Commands;

/// <summary>
/// <c>po paper mark --prices FILE [--now T]</c> (CONTRACT §6): sets the paper venue's prices at that instant;
/// resting protective orders the prices cross fill, their one-cancels-other siblings are canceled. Exit 0,
/// or 2 when the prices file is bad input (nothing is changed then).
/// </summary>
public static class PaperMarkCommand
{
    public static Command Create(PoEnvironment environment, CommonOptions common)
    {
        var prices = new Option<string>("--prices") { Description = "JSON of ticker to price in dollars per share, {\"MSFT\": 372.10}, each above 0", Required = true };
        var now = CommonOptions.Now();
        var command = new Command("mark", "Move the paper venue's prices: protective orders that cross fill, their one-cancels-other siblings cancel") { prices, now };
        command.SetAction((result, cancellationToken) => CommandAction.RunAsync(environment, result.GetValue(common.Json), async () =>
        {
            var at = NowOption.Parse(result.GetValue(now)) ?? environment.Clock.GetUtcNow();
            var problems = new List<InputProblem>();
            var quotes = InputLoader.Read(environment, result.GetValue(prices)!, "prices", null, problems, (text, name) => PricesReader.Read(text, name));
            if (quotes is null || problems.Count > 0)
            {
                throw PoException.BadInput(problems);
            }

            using var venue = PaperStateFile.Open(environment.ResolvePath(result.GetValue(common.State)!), PaperScript.Standard, new SimulatedClock(at));
            var outcome = await venue.MarkAsync(quotes.ToDictionary(q => Ticker.Create(q.Key), q => Money.FromDollars(q.Value)), cancellationToken);
            var view = PaperMarkView.Of(outcome);
            if (result.GetValue(common.Json))
            {
                await environment.Out.WriteLineAsync(PoJson.Serialize(view));
            }
            else
            {
                PaperMarkView.Render(Consoles.For(environment), view);
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}

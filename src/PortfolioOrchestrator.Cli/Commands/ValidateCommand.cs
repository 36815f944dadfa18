using System.CommandLine;
using PortfolioOrchestrator.Application.Composition;
using PortfolioOrchestrator.Cli.Rendering;
using Spectre.Console;

namespace PortfolioOrchestrator.Cli.Commands;

/// <summary><c>po validate</c>: STEP 1–2 only; sends nothing. Exit 0 ready, 4 needs a decision, 2 bad input.</summary>
public static class ValidateCommand
{
    public static Command Create(PoEnvironment environment, CommonOptions common)
    {
        var portfolio = new Option<string>("--portfolio") { Description = "PORTFOLIO.md", Required = true };
        var qa = new Option<string>("--qa") { Description = "QA report JSON", Required = true };
        var now = CommonOptions.Now();
        var policy = new Option<string?>("--policy") { Description = "JSON file overriding the seed's thresholds" };
        var command = new Command("validate", "STEP 1–2 only: freshness, sector drift, aggregate buffer, refresh decision; sends nothing") { portfolio, qa, now, policy };
        command.SetAction((result, cancellationToken) => CommandAction.RunAsync(environment, result.GetValue(common.Json), async () =>
        {
            var at = NowOption.Parse(result.GetValue(now)) ?? environment.Clock.GetUtcNow();
            var inputs = InputLoader.Load(environment, result.GetValue(portfolio)!, result.GetValue(qa)!, result.GetValue(policy), at);
            var line = ValidateUseCase.Evaluate(inputs, at);
            if (result.GetValue(common.Json))
            {
                await environment.Out.WriteLineAsync(PoJson.Serialize(line));
            }
            else
            {
                Render(Consoles.For(environment), line);
            }

            return ValidateUseCase.ExitCodeOf(line);
        }));
        return command;
    }

    private static void Render(IAnsiConsole console, ValidationLine line)
    {
        console.MarkupLine(line.Ready ? "[green]Ready to execute.[/]" : "[yellow]Needs a Master-Architect decision before executing.[/]");
        console.MarkupLine($"Portfolio {line.PortfolioState}: {line.TradingDaysElapsed} trading days, {line.PortfolioAgeHours} hours old; refresh: {line.RefreshAction}");
        console.MarkupLine($"Buffer after all pending: {line.PreExecution.BufferAfterAllPending:P2} ({line.PreExecution.BufferStatus}); cash after {line.PreExecution.CashAfterAllPending:#,##0.00}");
        foreach (var flag in line.PreExecution.SectorFlags)
        {
            console.MarkupLine("[yellow]sector:[/] " + Markup.Escape($"{flag.Sector}: {flag.Message}"));
        }

        foreach (var escalation in line.Escalations)
        {
            console.MarkupLine("[yellow]would escalate:[/] " + escalation);
        }

        foreach (var warning in line.Warnings)
        {
            console.MarkupLine("[yellow]warning:[/] " + Markup.Escape(warning));
        }

        var table = Tables.Create(console, "Execution queue (approval order)");
        Tables.AddColumns(table, "#", "Trade", "Size", "Gate");
        Tables.NoWrap(table, 2, 3);
        foreach (var trade in line.Queue)
        {
            table.AddRow($"{trade.Position}", Tables.Lines(trade.TradeId, $"{trade.Side} {trade.Ticker}"), Markup.Escape(Tables.Dollars(trade.SizeDollars)), Markup.Escape(trade.Gate));
        }

        console.Write(table);
    }
}

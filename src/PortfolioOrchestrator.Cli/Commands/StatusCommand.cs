using System.CommandLine;
using PortfolioOrchestrator.Cli.Composition;
using PortfolioOrchestrator.Cli.Rendering;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Runs;
using Spectre.Console;

using PortfolioOrchestrator.Reporting.Building;

namespace PortfolioOrchestrator.Cli.Commands;

/// <summary><c>po status [RUN_ID]</c>: runs, their trades, open escalations.</summary>
public static class StatusCommand
{
    private sealed record TradeLine(string TradeId, string Ticker, string Side, decimal SizeDollars, string Status, string? ClientOrderId);

    private sealed record EscalationLine(string Id, string Type, string Status, bool Blocking, string Trigger);

    private sealed record RunLine(string RunId, string ReportId, string Status, DateTimeOffset StartedAt, DateTimeOffset UpdatedAt, IReadOnlyList<TradeLine> Trades, IReadOnlyList<EscalationLine> Escalations, IReadOnlyList<string> OpenEscalations);

    public static Command Create(CliEnvironment environment, CommonOptions common)
    {
        var runId = new Argument<string?>("RUN_ID") { Description = "One run (default: all)", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("status", "List runs, their trades and open escalations") { runId };
        command.SetAction((result, cancellationToken) => CommandAction.RunAsync(environment, async () =>
        {
            using var journal = ReadOnlyState.OpenJournal(environment, result.GetValue(common.State)!);
            var wanted = result.GetValue(runId);
            var runs = new List<RunSnapshot>();
            if (wanted is not null)
            {
                runs.Add(await journal.LoadRunAsync(RunId.Create(wanted), cancellationToken) ?? throw CliException.BadInput($"no run {wanted} in this state directory"));
            }
            else
            {
                foreach (var header in await journal.ListRunsAsync(cancellationToken))
                {
                    runs.Add((await journal.LoadRunAsync(header.RunId, cancellationToken))!);
                }
            }

            var lines = runs.Select(ToLine).ToList();
            if (result.GetValue(common.Json))
            {
                await environment.Out.WriteLineAsync(wanted is null ? CliJson.Serialize(lines) : CliJson.Serialize(lines[0]));
            }
            else
            {
                Render(Consoles.For(environment.Out), lines);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static RunLine ToLine(RunSnapshot run) => new(
        run.Header.RunId.Value,
        run.Header.ReportId,
        ContractNames.Of(run.Header.Status),
        run.Header.StartedAt,
        run.Header.UpdatedAt,
        [.. run.Trades.Select(t => new TradeLine(t.TradeId.Value, t.Trade.Ticker.Value, t.Trade.Side.ToString().ToUpperInvariant(), t.Trade.SizeDollars.Dollars, ContractNames.Of(t.Status, run.Header.Status), t.ClientOrderId?.Value))],
        [.. run.Escalations.Select(e => new EscalationLine(e.Id.Value, ContractNames.Of(e.Type), ContractNames.Of(e.Status), e.Blocking, e.Trigger))],
        [.. run.Escalations.Where(e => e.Status == EscalationStatus.Open).Select(e => e.Id.Value)]);

    private static void Render(IAnsiConsole console, IReadOnlyList<RunLine> runs)
    {
        if (runs.Count == 0)
        {
            console.WriteLine("No runs in this state directory.");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in new[] { "Run", "Report", "Status", "Started", "Trades", "Open escalations" })
        {
            table.AddColumn(column);
        }

        foreach (var run in runs)
        {
            var counts = string.Join(", ", run.Trades.GroupBy(t => t.Status).Select(g => $"{g.Count()} {g.Key}"));
            table.AddRow(Markup.Escape(run.RunId), Markup.Escape(run.ReportId), run.Status, run.StartedAt.ToString("yyyy-MM-dd HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(counts), Markup.Escape(string.Join(", ", run.OpenEscalations)));
        }

        console.Write(table);
        if (runs.Count == 1)
        {
            foreach (var escalation in runs[0].Escalations)
            {
                console.MarkupLine($"{Markup.Escape(escalation.Id)} {escalation.Type} {escalation.Status}: {Markup.Escape(escalation.Trigger)}");
            }
        }
    }
}

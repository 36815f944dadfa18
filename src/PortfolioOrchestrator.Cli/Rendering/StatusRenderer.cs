using System.Globalization;
using PortfolioOrchestrator.Cli.Commands;
using Spectre.Console;

namespace PortfolioOrchestrator.Cli.Rendering;

/// <summary><c>po status</c> for a person: the runs, then for each one that waits the lines to type next.</summary>
public static class StatusRenderer
{
    public static void Render(IAnsiConsole console, IReadOnlyList<StatusLine> runs, string stateDirectory, bool single)
    {
        if (runs.Count == 0)
        {
            Tables.Verbatim(console, $"No runs in state directory {stateDirectory} (another one is chosen with --state DIR).");
            return;
        }

        var table = Tables.Create(console, single ? "Run" : $"Runs in {stateDirectory}");
        Tables.AddColumns(table, "Run", "Status", "Trades");
        Tables.NoWrap(table, 1);
        foreach (var run in runs)
        {
            var counts = run.Trades.GroupBy(t => t.Status).Select(g => $"{g.Count()} {g.Key}").ToArray();
            table.AddRow(
                Tables.Lines(run.RunId, "started " + run.StartedAt.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture)),
                Markup.Escape(run.Status),
                Tables.Lines(counts));
        }

        console.Write(table);
        if (single)
        {
            console.Write(TradesTable(console, runs[0]));
            foreach (var escalation in runs[0].Escalations)
            {
                var role = escalation.Awaited ? "awaited" : escalation.Blocking ? "blocking" : "not blocking";
                console.MarkupLine(Markup.Escape($"{escalation.Id} {escalation.Type} {escalation.Status} ({role}): {escalation.Trigger}"));
            }
        }

        foreach (var run in runs)
        {
            RenderNextSteps(console, run);
        }
    }

    private static void RenderNextSteps(IAnsiConsole console, StatusLine run)
    {
        if (run.DecideCommands.Count > 0)
        {
            var awaited = run.Escalations.Single(e => e.Id == run.AwaitingEscalation);
            console.MarkupLine(Markup.Escape($"{run.RunId} is waiting for a Master-Architect decision on {awaited.Id} ({awaited.Type}): {awaited.Trigger}"));
            console.MarkupLine("  Decide with one of:");
            foreach (var line in run.DecideCommands)
            {
                Tables.Verbatim(console, "    " + line);
            }

            console.MarkupLine("  then continue with:");
            Tables.Verbatim(console, "    " + run.ResumeCommand!);
        }
        else if (run.ResumeCommand is { } resume)
        {
            var why = run.Status == "AWAITING_DECISION" ? "its decision is recorded" : "it stopped before its end";
            console.MarkupLine(Markup.Escape($"{run.RunId} is {run.Status}: {why}; continue with:"));
            Tables.Verbatim(console, "    " + resume);
        }

        var attention = run.Escalations.Where(e => run.AttentionEscalations.Contains(e.Id)).ToList();
        if (attention.Count > 0)
        {
            console.MarkupLine(Markup.Escape($"{run.RunId}: for the Master-Architect's attention (nothing to decide, the run does not wait for them):"));
            foreach (var escalation in attention)
            {
                console.MarkupLine(Markup.Escape($"  {escalation.Id} {escalation.Type} {escalation.Status}: {escalation.Trigger}"));
            }
        }
    }

    private static Table TradesTable(IAnsiConsole console, StatusLine run)
    {
        var table = Tables.Create(console, "Trades (execution order)");
        Tables.AddColumns(table, "Trade", "Size", "Status", "Client order id");
        Tables.NoWrap(table, 1, 2, 3);
        foreach (var trade in run.Trades)
        {
            table.AddRow(
                Tables.Lines(trade.TradeId, $"{trade.Side} {trade.Ticker}", trade.Account),
                Markup.Escape(Tables.Dollars(trade.SizeDollars)),
                Markup.Escape(trade.Status),
                Markup.Escape(trade.ClientOrderId ?? string.Empty));
        }

        return table;
    }
}

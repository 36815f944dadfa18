using System.Globalization;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Reporting.Building;
using Spectre.Console;

namespace PortfolioOrchestrator.Cli.Rendering;

/// <summary>A run for a person: the trades, the escalations, the post-execution checks, where the report is.</summary>
public static class RunRenderer
{
    /// <summary>Draws the run; <c>nextSteps</c> are the lines to type next (<c>po decide …</c>, <c>po resume …</c>), shown as they are.</summary>
    public static void Render(IAnsiConsole console, RunSnapshot run, string? outDirectory, bool dryRun, IReadOnlyList<string>? nextSteps = null)
    {
        var header = run.Header;
        console.MarkupLine($"[bold]Run {Markup.Escape(header.RunId.Value)}[/] — {Markup.Escape(ContractNames.Of(header.Status))}{(dryRun ? " (dry run: nothing was sent)" : string.Empty)}");
        var state = header.PortfolioState is { } s ? ContractNames.Of(s) : "not assessed";
        console.MarkupLine(Markup.Escape($"Portfolio {state}, {header.TradingDaysElapsed} trading days / {header.PortfolioAge.TotalHours:0.#} h old; refresh {ContractNames.Of(header.Refresh)}"));
        if (header.PreExecution is { } pre)
        {
            console.MarkupLine(Markup.Escape($"Pre-execution buffer after all pending: {pre.BufferAfterAllPending} ({ContractNames.Of(pre.BufferStatus)})"));
        }

        console.Write(TradesTable(console, run));
        if (run.Escalations.Count > 0)
        {
            console.Write(EscalationsTable(console, run));
        }

        if (header.PostExecution is { } post)
        {
            console.MarkupLine(Markup.Escape($"Cash after {post.CashAfter}; buffer {post.BufferAfter} ({ContractNames.Of(post.BufferCheck)}); next review {header.NextReviewDate:yyyy-MM-dd}"));
            console.MarkupLine(Markup.Escape("Sectors after: " + string.Join(", ", post.Sectors.Select(x => $"{x.Sector} {x.Allocation}{(x.Pass ? string.Empty : " FAIL")}"))));
        }

        foreach (var caveat in header.Caveats)
        {
            console.MarkupLine("[yellow]caveat:[/] " + Markup.Escape(caveat));
        }

        if (header.AwaitingEscalation is { } waiting && header.Status == RunStatus.AwaitingDecision)
        {
            console.MarkupLine(Markup.Escape($"Paused: waiting for a Master-Architect decision on {waiting.Value}. Decide with one of these, then resume:"));
        }
        else if (header.Status == RunStatus.Interrupted)
        {
            console.MarkupLine("Interrupted at a safe point: what was done is journaled, the trades not reached are QUEUED. Continue with:");
        }

        foreach (var line in nextSteps ?? [])
        {
            Tables.Verbatim(console, "  " + line);
        }

        if (outDirectory is not null)
        {
            Tables.Verbatim(console, "Report: " + Path.Combine(outDirectory, "execution-report.md"));
            Tables.Verbatim(console, "Page:   " + Path.Combine(outDirectory, "execution-report.html"));
            Tables.Verbatim(console, "Monitoring calendar: " + Path.Combine(outDirectory, "monitoring-schedule.ics"));
        }
    }

    /// <summary>One row per trade; the order, the fill and the flags each stacked in one cell so 80 columns hold it. "Buffer" is the buffer after the trade.</summary>
    private static Table TradesTable(IAnsiConsole console, RunSnapshot run)
    {
        var table = Tables.Create(console, "Trades (execution order)");
        Tables.AddColumns(table, "Trade", "Size", "Status", "Fill", "Buffer", "Flags");
        Tables.NoWrap(table, 1, 2, 4, 5);
        foreach (var trade in run.Trades)
        {
            var fill = trade.Fill is { } f ? $"{Tables.Shares(f.Quantity)} sh" : null;
            var price = trade.Fill is { } p ? $"@ {p.Price}" : null;
            var slippage = trade.SlippageBps is { } bps ? bps.ToString("+0.##;-0.##;0", CultureInfo.InvariantCulture) + " bps" : null;
            table.AddRow(
                Tables.Lines($"{trade.Sequence + 1}. {trade.TradeId.Value}", $"{ContractNames.Of(trade.Trade.Side)} {trade.Trade.Ticker.Value}", trade.Trade.Account?.Value),
                Markup.Escape(trade.Trade.SizeDollars.ToString()),
                Markup.Escape(ContractNames.Of(trade.Status, run.Header.Status)),
                Tables.Lines(fill, price, slippage),
                Markup.Escape(trade.BufferAfter?.ToString() ?? string.Empty),
                Tables.Lines([.. trade.Flags.Select(ContractNames.Of)]));
        }

        return table;
    }

    private static Table EscalationsTable(IAnsiConsole console, RunSnapshot run)
    {
        var table = Tables.Create(console, "Escalations (to Master-Architect)");
        Tables.AddColumns(table, "Escalation", "Trigger");
        Tables.NoWrap(table, 0);
        foreach (var escalation in run.Escalations)
        {
            var blocking = escalation.Blocking ? "blocking" : "not blocking";
            table.AddRow(
                Tables.Lines(escalation.Id.Value, ContractNames.Of(escalation.Type), $"{escalation.Step.Text()}, {ContractNames.Of(escalation.Status)}", blocking),
                Markup.Escape(escalation.Trigger));
        }

        return table;
    }
}

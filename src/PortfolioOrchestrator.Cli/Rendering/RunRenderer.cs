using System.Globalization;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Reporting.Building;
using Spectre.Console;

namespace PortfolioOrchestrator.Cli.Rendering;

/// <summary>A run for a person: the trades, the escalations, the post-execution checks, where the report is.</summary>
public static class RunRenderer
{
    public static void Render(IAnsiConsole console, RunSnapshot run, string? outDirectory, bool dryRun)
    {
        var header = run.Header;
        console.MarkupLine($"[bold]Run {Markup.Escape(header.RunId.Value)}[/] — {Markup.Escape(ContractNames.Of(header.Status))}{(dryRun ? " (dry run: nothing was sent)" : string.Empty)}");
        console.MarkupLine($"Portfolio {Markup.Escape(header.PortfolioState is { } state ? ContractNames.Of(state) : "not assessed")}, {header.TradingDaysElapsed} trading days / {header.PortfolioAge.TotalHours:0.#} h old; refresh {Markup.Escape(ContractNames.Of(header.Refresh))}");
        if (header.PreExecution is { } pre)
        {
            console.MarkupLine($"Pre-execution buffer after all pending: {pre.BufferAfterAllPending} ({ContractNames.Of(pre.BufferStatus)})");
        }

        console.Write(TradesTable(run));
        if (run.Escalations.Count > 0)
        {
            console.Write(EscalationsTable(run));
        }

        if (header.PostExecution is { } post)
        {
            console.MarkupLine($"Cash after {Markup.Escape(post.CashAfter.ToString())}; buffer {post.BufferAfter} ({ContractNames.Of(post.BufferCheck)}); next review {header.NextReviewDate:yyyy-MM-dd}");
            console.MarkupLine("Sectors after: " + Markup.Escape(string.Join(", ", post.Sectors.Select(s => $"{s.Sector} {s.Allocation}{(s.Pass ? string.Empty : " FAIL")}"))));
        }

        foreach (var caveat in header.Caveats)
        {
            console.MarkupLine("[yellow]caveat:[/] " + Markup.Escape(caveat));
        }

        if (header.AwaitingEscalation is { } waiting)
        {
            console.MarkupLine($"Paused: decide with [bold]po decide {Markup.Escape(waiting.Value)} approve|defer|halt --by NAME[/], then [bold]po resume {Markup.Escape(header.RunId.Value)}[/]");
        }

        if (outDirectory is not null)
        {
            console.MarkupLine("Report: " + Markup.Escape(Path.Combine(outDirectory, "execution-report.md")));
            console.MarkupLine("Page:   " + Markup.Escape(Path.Combine(outDirectory, "execution-report.html")));
            console.MarkupLine("Monitoring calendar: " + Markup.Escape(Path.Combine(outDirectory, "monitoring-schedule.ics")));
        }
    }

    private static Table TradesTable(RunSnapshot run)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("Trades (execution order)");
        foreach (var column in new[] { "#", "Trade", "Side", "Ticker", "Account", "Size", "Status", "Fill", "Slippage", "Buffer after", "Flags" })
        {
            table.AddColumn(column);
        }

        foreach (var trade in run.Trades)
        {
            table.AddRow(
                (trade.Sequence + 1).ToString(CultureInfo.InvariantCulture),
                Markup.Escape(trade.TradeId.Value),
                trade.Trade.Side.ToString().ToUpperInvariant(),
                Markup.Escape(trade.Trade.Ticker.Value),
                Markup.Escape(trade.Trade.Account?.Value ?? string.Empty),
                Markup.Escape(trade.Trade.SizeDollars.ToString()),
                Markup.Escape(ContractNames.Of(trade.Status, run.Header.Status)),
                Markup.Escape(trade.Fill is { } f ? $"{f.Quantity} @ {f.Price}" : string.Empty),
                trade.SlippageBps is { } s ? s.ToString("0.##", CultureInfo.InvariantCulture) + " bps" : string.Empty,
                trade.BufferAfter?.ToString() ?? string.Empty,
                Markup.Escape(string.Join(", ", trade.Flags.Select(ContractNames.Of))));
        }

        return table;
    }

    private static Table EscalationsTable(RunSnapshot run)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("Escalations (to Master-Architect)");
        foreach (var column in new[] { "Id", "Type", "Step", "Status", "Trigger" })
        {
            table.AddColumn(column);
        }

        foreach (var escalation in run.Escalations)
        {
            table.AddRow(
                Markup.Escape(escalation.Id.Value),
                ContractNames.Of(escalation.Type),
                escalation.Step.Text(),
                ContractNames.Of(escalation.Status),
                Markup.Escape(escalation.Trigger));
        }

        return table;
    }
}

using System.CommandLine;
using PortfolioOrchestrator.Cli.Composition;
using PortfolioOrchestrator.Cli.Rendering;
using PortfolioOrchestrator.Domain.Validation;
using Spectre.Console;

using PortfolioOrchestrator.Reporting.Building;
using PortfolioOrchestrator.Reporting.Numbers;

namespace PortfolioOrchestrator.Cli.Commands;

/// <summary><c>po validate</c>: STEP 1–2 only; sends nothing. Exit 0 ready, 4 needs a decision, 2 bad input.</summary>
public static class ValidateCommand
{
    private sealed record SectorFlagLine(string Sector, decimal? ApprovedAllocation, decimal LiveAllocation, decimal DriftPp, decimal PendingBuys, decimal ProjectedAllocation, bool ExceedsCap, string Message);

    private sealed record PreExecutionLine(decimal TotalPendingDollars, decimal CashAfterAllPending, decimal BufferAfterAllPending, string BufferStatus, IReadOnlyList<SectorFlagLine> SectorFlags);

    private sealed record QueueLine(int Position, string TradeId, string Ticker, string Side, decimal SizeDollars, string Gate, DateTimeOffset? ApprovalTimestamp, bool Approved);

    private sealed record ValidationLine(
        bool Ready,
        bool NeedsDecision,
        string PortfolioState,
        int TradingDaysElapsed,
        decimal PortfolioAgeHours,
        string RefreshAction,
        PreExecutionLine PreExecution,
        IReadOnlyList<string> Escalations,
        IReadOnlyList<string> Warnings,
        IReadOnlyList<QueueLine> Queue);

    public static Command Create(CliEnvironment environment, CommonOptions common)
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
            var verdict = PreExecutionValidation.Evaluate(inputs.Portfolio, inputs.Report, inputs.Policy, RunHost.Calendar, at);
            var line = ToLine(verdict, verdict.Warnings);
            if (result.GetValue(common.Json))
            {
                await environment.Out.WriteLineAsync(CliJson.Serialize(line));
            }
            else
            {
                Render(Consoles.For(environment), line);
            }

            return verdict.NeedsDecision ? ExitCodes.AwaitingDecision : ExitCodes.Success;
        }));
        return command;
    }

    private static ValidationLine ToLine(ValidationVerdict verdict, IReadOnlyList<string> warnings)
    {
        var pre = verdict.PreExecution;
        return new ValidationLine(
            !verdict.NeedsDecision,
            verdict.NeedsDecision,
            ContractNames.Of(verdict.PortfolioState),
            verdict.Freshness.TradingDaysElapsed,
            decimal.Round((decimal)verdict.Freshness.Age.TotalHours, 2),
            verdict.RefreshAction,
            new PreExecutionLine(
                pre.TotalPendingDollars.Dollars,
                pre.CashAfterAllPending.Dollars,
                ReportRatio.Of(pre.BufferAfterAllPending),
                ContractNames.Of(pre.BufferStatus),
                [.. pre.SectorFlags.Select(f => new SectorFlagLine(f.Sector.Value, ReportRatio.Of(f.ApprovedAllocation), ReportRatio.Of(f.LiveAllocation), ReportRatio.Of(f.DriftPoints), f.PendingBuys.Dollars, ReportRatio.Of(f.ProjectedAllocation), f.ExceedsCap, f.Message))]),
            [.. verdict.Escalations.Select(ContractNames.Of)],
            warnings,
            [.. verdict.Queue.Select((t, i) => new QueueLine(i + 1, t.TradeId.Value, t.Ticker.Value, t.Side.ToString().ToUpperInvariant(), t.SizeDollars.Dollars, t.Gate, t.ApprovalTimestamp, t.IsApproved))]);
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

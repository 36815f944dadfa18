using PortfolioOrchestrator.Application.Composition;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Reporting.Building;

namespace PortfolioOrchestrator.Application.UseCases;

/// <summary>A trade as <c>po status</c> shows it, in the contract's words.</summary>
public sealed record StatusTrade(string TradeId, string Ticker, string Side, string? Account, decimal SizeDollars, string Status, string? ClientOrderId);

/// <summary>An escalation as <c>po status</c> shows it; <c>Awaited</c> when the run is paused on it.</summary>
public sealed record StatusEscalation(string Id, string Type, string Status, bool Blocking, bool Awaited, string Trigger);

/// <summary>
/// A run as <c>po status</c> shows it. <c>DecideCommands</c> and <c>ResumeCommand</c> are the lines to type
/// next; <c>AttentionEscalations</c> are the open or noted escalations that block nothing (Resolution 21).
/// </summary>
public sealed record StatusLine(
    string RunId,
    string ReportId,
    string Status,
    DateTimeOffset StartedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<StatusTrade> Trades,
    IReadOnlyList<StatusEscalation> Escalations,
    IReadOnlyList<string> OpenEscalations,
    string? AwaitingEscalation,
    IReadOnlyList<string> AttentionEscalations,
    IReadOnlyList<string> DecideCommands,
    string? ResumeCommand);

/// <summary>Builds <see cref="StatusLine"/>s.</summary>
public static class StatusLines
{
    public static StatusLine Of(PoEnvironment environment, RunSnapshot run, string stateDirectory)
    {
        var header = run.Header;
        var awaited = header.AwaitingEscalation;
        var waiting = header.Status == RunStatus.AwaitingDecision && awaited is not null;
        var awaitedOpen = waiting && run.Escalations.Any(e => e.Id == awaited && e.Decision is null);
        var resumable = header.Status == RunStatus.Interrupted || waiting;
        return new StatusLine(
            header.RunId.Value,
            header.ReportId,
            ContractNames.Of(header.Status),
            header.StartedAt,
            header.UpdatedAt,
            [.. run.Trades.Select(t => new StatusTrade(t.TradeId.Value, t.Trade.Ticker.Value, ContractNames.Of(t.Trade.Side), t.Trade.Account?.Value, t.Trade.SizeDollars.Dollars, ContractNames.Of(t.Status, header.Status), t.ClientOrderId?.Value))],
            [.. run.Escalations.Select(e => new StatusEscalation(e.Id.Value, ContractNames.Of(e.Type), ContractNames.Of(e.Status), e.Blocking, e.Id == awaited, e.Trigger))],
            [.. run.Escalations.Where(e => e.Status == EscalationStatus.Open).Select(e => e.Id.Value)],
            waiting ? awaited!.Value.Value : null,
            [.. run.Escalations.Where(e => !e.Blocking && e.Status is EscalationStatus.Open or EscalationStatus.Noted).Select(e => e.Id.Value)],
            awaitedOpen ? NextCommands.Decide(environment, awaited!.Value, stateDirectory) : [],
            resumable ? NextCommands.Resume(environment, header.RunId, stateDirectory) : null);
    }
}

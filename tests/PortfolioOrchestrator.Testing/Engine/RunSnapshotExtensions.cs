using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Testing.Engine;

/// <summary>Reads a run the way a test asks about it.</summary>
public static class RunSnapshotExtensions
{
    public static TradeExecution Trade(this RunSnapshot run, string tradeId) =>
        run.Trades.Single(t => t.TradeId == TradeId.Create(tradeId));

    public static IReadOnlyList<Escalation> EscalationsOf(this RunSnapshot run, EscalationType type) =>
        [.. run.Escalations.Where(e => e.Type == type)];

    public static Escalation? AwaitedEscalation(this RunSnapshot run) =>
        run.Header.AwaitingEscalation is { } id ? run.Escalations.Single(e => e.Id == id) : null;
}

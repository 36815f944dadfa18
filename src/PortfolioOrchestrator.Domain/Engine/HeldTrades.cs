using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Domain.Engine;

/// <summary>The trades a pause holds: every approved trade still waiting its turn.</summary>
public static class HeldTrades
{
    public static IReadOnlyList<TradeId> Of(RunSession session, int fromIndex = 0) =>
        [.. session.Trades.Skip(fromIndex).Where(t => t.Status == TradeStatus.Queued).Select(t => t.TradeId)];
}

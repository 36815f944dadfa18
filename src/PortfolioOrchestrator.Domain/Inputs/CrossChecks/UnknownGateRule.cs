using PortfolioOrchestrator.Domain.QualityAssurance;

namespace PortfolioOrchestrator.Domain.Inputs.CrossChecks;

/// <summary>
/// CONTRACT Resolution 14: a gate that is none of the QA process's gates is a warning naming the trade,
/// so a typo cannot silently drop an approved trade. The trade stays <c>NOT_APPROVED</c>.
/// </summary>
internal static class UnknownGateRule
{
    public static IEnumerable<string> Warnings(IEnumerable<QaTrade> trades) =>
        trades.Where(t => !ApprovalGate.IsKnown(t.Gate)).Select(t =>
            $"Trade {t.TradeId} ({t.Ticker}) has gate \"{t.Gate}\", which is not a QA gate ({string.Join(", ", ApprovalGate.Known)}): it is NOT_APPROVED and is not sent");
}

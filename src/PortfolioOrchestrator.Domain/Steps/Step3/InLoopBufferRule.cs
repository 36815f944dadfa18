using PortfolioOrchestrator.Domain.Policy;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.QualityAssurance;

namespace PortfolioOrchestrator.Domain.Steps.Step3;

/// <summary>
/// STEP 3C's check after each accepted order, exactly as the seed (CONTRACT Resolution 5):
/// <c>NEW_BUFFER = running cash / total value at the start</c>; ≥ 0.15 continue; [0.12, 0.15) marginal
/// with a one-trade look-ahead; &lt; 0.12 breached.
/// </summary>
public sealed class InLoopBufferRule(ExecutionPolicy policy)
{
    public BufferVerdict Evaluate(Money cashAfterTrade, Money totalValue, QaTrade? nextTrade)
    {
        var buffer = cashAfterTrade / totalValue;
        switch (policy.BandOf(buffer))
        {
            case BufferBand.Healthy:
                return new BufferVerdict(BufferVerdictKind.Intact, buffer, null);
            case BufferBand.BelowFloor:
                return new BufferVerdict(BufferVerdictKind.Breached, buffer, null);
        }

        if (nextTrade is null)
        {
            return new BufferVerdict(BufferVerdictKind.Marginal, buffer, null);
        }

        var next = (cashAfterTrade + nextTrade.CashEffect) / totalValue;
        return policy.BandOf(next) == BufferBand.BelowFloor
            ? new BufferVerdict(BufferVerdictKind.MarginalNextWouldBreach, buffer, next)
            : new BufferVerdict(BufferVerdictKind.Marginal, buffer, next);
    }
}

using PortfolioOrchestrator.Domain.Policy;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.QualityAssurance;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Domain.Steps.Step2;

/// <summary>
/// STEP 2B: the buffer if every pending trade executed in full. ≥ min HEALTHY, ≥ floor MARGINAL,
/// else AT_RISK (CONTRACT Resolution 3). Sells add to cash.
/// </summary>
public sealed class AggregateBufferRule(ExecutionPolicy policy)
{
    public (Money NetPending, Money CashAfter, Ratio Buffer, BufferStatus Status) Evaluate(Money cash, Money totalValue, IEnumerable<QaTrade> pending)
    {
        var cashAfter = cash;
        foreach (var trade in pending)
        {
            cashAfter += trade.CashEffect;
        }

        var buffer = cashAfter / totalValue;
        return (cash - cashAfter, cashAfter, buffer, Classify(buffer));
    }

    public BufferStatus Classify(Ratio buffer) => policy.BandOf(buffer) switch
    {
        BufferBand.Healthy => BufferStatus.Healthy,
        BufferBand.Marginal => BufferStatus.Marginal,
        _ => BufferStatus.AtRisk,
    };
}

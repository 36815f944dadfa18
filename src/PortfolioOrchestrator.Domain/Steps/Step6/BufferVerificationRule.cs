using PortfolioOrchestrator.Domain.Policy;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.QualityAssurance;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Domain.Steps.Step6;

/// <summary>
/// STEP 6 (CONTRACT Resolution 10): cash after = cash at the start of STEP 3 − filled buys + filled sells
/// of this run; buffer = cash after / total value; ≥ 0.15 PASS, ≥ 0.12 CAUTION, else FAIL (#4).
/// </summary>
public sealed class BufferVerificationRule(ExecutionPolicy policy)
{
    public (Money CashAfter, Ratio Buffer, BufferCheck Check) Evaluate(Money startCash, Money totalValue, IEnumerable<TradeExecution> trades)
    {
        var cash = startCash;
        foreach (var trade in trades)
        {
            if (trade.Fill is { } fill && trade.Status is TradeStatus.Executed or TradeStatus.PendingFill)
            {
                cash += trade.Trade.Side == TradeSide.Buy ? -fill.FilledDollars : fill.FilledDollars;
            }
        }

        var buffer = cash / totalValue;
        var check = buffer >= policy.MinBuffer ? BufferCheck.Pass
            : buffer >= policy.BufferFloor ? BufferCheck.Caution
            : BufferCheck.Fail;
        return (cash, buffer, check);
    }
}

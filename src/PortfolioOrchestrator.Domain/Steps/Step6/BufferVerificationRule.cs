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
        return (cash, buffer, CheckOf(policy, buffer));
    }

    /// <summary>STEP 6's name for the band a buffer is in: PASS, CAUTION or FAIL.</summary>
    public static BufferCheck CheckOf(ExecutionPolicy policy, Ratio buffer) => policy.BandOf(buffer) switch
    {
        BufferBand.Healthy => BufferCheck.Pass,
        BufferBand.Marginal => BufferCheck.Caution,
        _ => BufferCheck.Fail,
    };
}

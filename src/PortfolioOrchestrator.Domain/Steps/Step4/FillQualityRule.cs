using PortfolioOrchestrator.Domain.Policy;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.QualityAssurance;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Domain.Steps.Step4;

/// <summary>
/// STEP 4 (CONTRACT Resolution 8): slippage against QA's last known price, signed so that paying more
/// on a buy (or receiving less on a sell) is positive; above the policy's bps → SLIPPAGE. Filled dollars
/// below the partial-fill ratio of the order → PARTIAL_FILL (a flag, not an escalation).
/// </summary>
public sealed class FillQualityRule(ExecutionPolicy policy)
{
    public FillQuality Assess(QaTrade trade, TradeFill fill)
    {
        var reference = trade.LastKnownPrice ?? fill.Price;
        var raw = reference.IsPositive ? (fill.Price.Dollars - reference.Dollars) / reference.Dollars * 10_000m : 0m;
        var signed = decimal.Round(trade.Side == TradeSide.Buy ? raw : -raw, 2, MidpointRounding.AwayFromZero);

        var flags = new List<TradeFlag>();
        if (signed > policy.SlippageFlagBps)
        {
            flags.Add(TradeFlag.Slippage);
        }

        if (fill.FilledDollars / trade.SizeDollars < policy.PartialFillRatio)
        {
            flags.Add(TradeFlag.PartialFill);
        }

        return new FillQuality(signed, flags);
    }

    /// <summary>Whether nothing has filled for longer than the no-fill window.</summary>
    public bool IsNoFill(DateTimeOffset submittedAt, DateTimeOffset now, decimal filledQuantity) =>
        filledQuantity == 0m && now - submittedAt >= policy.NoFillAfter;
}

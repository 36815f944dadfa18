using PortfolioOrchestrator.Domain.Policy;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.QualityAssurance;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Domain.Steps.Step4;

/// <summary>
/// STEP 4 (CONTRACT Resolutions 8 and 22): slippage against QA's last known price, and against the market
/// price at submission where the venue gave one, each signed so that paying more on a buy (or receiving
/// less on a sell) is positive; either above the policy's bps → SLIPPAGE. Filled dollars below the
/// partial-fill ratio of the order → PARTIAL_FILL (a flag, not an escalation).
/// </summary>
public sealed class FillQualityRule(ExecutionPolicy policy)
{
    /// <summary>The fill of <paramref name="trade"/> judged; <paramref name="marketPriceAtSubmission"/> in dollars per share, null when unknown.</summary>
    public FillQuality Assess(QaTrade trade, TradeFill fill, Money? marketPriceAtSubmission = null)
    {
        var signed = Slippage(trade.Side, trade.LastKnownPrice ?? fill.Price, fill.Price);
        var market = marketPriceAtSubmission is { IsPositive: true } price ? Slippage(trade.Side, price, fill.Price) : (decimal?)null;

        var flags = new List<TradeFlag>();
        if (signed > policy.SlippageFlagBps || market > policy.SlippageFlagBps)
        {
            flags.Add(TradeFlag.Slippage);
        }

        if (fill.FilledDollars / trade.SizeDollars < policy.PartialFillRatio)
        {
            flags.Add(TradeFlag.PartialFill);
        }

        return new FillQuality(signed, flags) { MarketSlippageBps = market };
    }

    /// <summary>Whether nothing has filled for longer than the no-fill window.</summary>
    public bool IsNoFill(DateTimeOffset submittedAt, DateTimeOffset now, decimal filledQuantity) =>
        filledQuantity == 0m && now - submittedAt >= policy.NoFillAfter;

    /// <summary>Basis points of <paramref name="filled"/> against <paramref name="reference"/>, positive worse for us, to 2 decimals.</summary>
    private static decimal Slippage(TradeSide side, Money reference, Money filled)
    {
        var raw = reference.IsPositive ? (filled.Dollars - reference.Dollars) / reference.Dollars * 10_000m : 0m;
        return decimal.Round(side == TradeSide.Buy ? raw : -raw, 2, MidpointRounding.AwayFromZero);
    }
}

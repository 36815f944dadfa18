using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Domain.Steps.Step4;

/// <summary>
/// STEP 4's reading of one fill: signed slippage in basis points against QA's last known price, the
/// same against the market price at submission where the venue gave one (null otherwise), and the flags
/// they earn.
/// </summary>
public sealed record FillQuality(decimal SlippageBps, IReadOnlyList<TradeFlag> Flags)
{
    /// <summary>Signed slippage against the market price at submission in basis points; null when that price is unknown (CONTRACT Resolution 22).</summary>
    public decimal? MarketSlippageBps { get; init; }
}

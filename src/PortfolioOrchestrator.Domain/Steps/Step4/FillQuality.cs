using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Domain.Steps.Step4;

/// <summary>STEP 4's reading of one fill: signed slippage in basis points and the flags it earns.</summary>
public sealed record FillQuality(decimal SlippageBps, IReadOnlyList<TradeFlag> Flags);

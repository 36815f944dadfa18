namespace PortfolioOrchestrator.Domain.QualityAssurance;

/// <summary>Whether a trade spends cash (<see cref="Buy"/>, the default) or raises it.</summary>
public enum TradeSide
{
    Buy,
    Sell,
}

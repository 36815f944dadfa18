using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Domain.Engine;

/// <summary>Hears about progress (for a live display); must not throw and must not block.</summary>
public interface IRunObserver
{
    void TradeStarting(TradeExecution trade);

    void TradeFinished(TradeExecution trade);

    void Note(string message);
}

public sealed class NullRunObserver : IRunObserver
{
    public static readonly NullRunObserver Instance = new();

    public void TradeStarting(TradeExecution trade)
    {
    }

    public void TradeFinished(TradeExecution trade)
    {
    }

    public void Note(string message)
    {
    }
}

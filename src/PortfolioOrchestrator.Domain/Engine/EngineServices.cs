using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Calendar;
using PortfolioOrchestrator.Domain.Journal;
using PortfolioOrchestrator.Domain.Refresh;
using PortfolioOrchestrator.Domain.Time;

namespace PortfolioOrchestrator.Domain.Engine;

/// <summary>The ports the engine runs on. <see cref="Clock"/> stamps; <see cref="Waiter"/> waits.</summary>
public sealed record EngineServices(
    IBroker Broker,
    IJournal Journal,
    IPortfolioRefresher Refresher,
    ITradingCalendar Calendar,
    TimeProvider Clock,
    IWaiter Waiter)
{
    public IRunObserver Observer { get; init; } = NullRunObserver.Instance;

    /// <summary>
    /// A request to stop at the next safe point: between trades, after the one in flight is answered,
    /// followed and journaled (CONTRACT Resolution 19). Unlike a cancellation it never abandons a call.
    /// </summary>
    public CancellationToken StopRequested { get; init; }
}

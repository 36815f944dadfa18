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
    private readonly VenueMap? _venues;

    public IRunObserver Observer { get; init; } = NullRunObserver.Instance;

    /// <summary>
    /// Each account's venue (CONTRACT §7); by default <see cref="Broker"/> serves every account. The engine
    /// sends a trade's orders, look-ups and protection only to <c>Venues.For(trade's account)</c>.
    /// </summary>
    public VenueMap Venues
    {
        get => _venues ?? VenueMap.Single(Broker);
        init => _venues = value;
    }

    /// <summary>
    /// A request to stop at the next safe point: between trades, after the one in flight is answered,
    /// followed and journaled (CONTRACT Resolution 19). Unlike a cancellation it never abandons a call.
    /// </summary>
    public CancellationToken StopRequested { get; init; }
}

using PortfolioOrchestrator.Domain.Time;

namespace PortfolioOrchestrator.Application.Composition;

/// <summary>
/// The clock and waiter for a run (CONTRACT §2 <c>--now</c>): simulated on the paper venue with <c>--now</c>,
/// fixed-then-real with another broker, the system clock otherwise.
/// </summary>
public sealed record EngineClock(TimeProvider Clock, IWaiter Waiter, bool Simulated)
{
    public static EngineClock For(bool paper, DateTimeOffset? now, TimeProvider system)
    {
        if (now is { } fixedNow && paper)
        {
            var simulated = new SimulatedClock(fixedNow);
            return new EngineClock(simulated, simulated, true);
        }

        var clock = now is { } start ? new OffsetClock(start, system) : system;
        return new EngineClock(clock, new RealTimeWaiter(system), false);
    }
}

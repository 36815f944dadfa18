using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Refresh;

namespace PortfolioOrchestrator.Application.Composition;

/// <summary>
/// A broker and the refresh source that goes with it, disposed together. <see cref="Map"/> says which venue
/// serves which account: by default <see cref="Broker"/> serves every one (CONTRACT §7).
/// </summary>
public sealed record Venue(IBroker Broker, IPortfolioRefresher Refresher, IDisposable? Resource) : IDisposable
{
    public VenueMap Map
    {
        get => field ?? VenueMap.Single(Broker);
        init;
    }

    public void Dispose() => Resource?.Dispose();
}

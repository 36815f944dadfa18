using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Refresh;

namespace PortfolioOrchestrator.Application.Composition;

/// <summary>A broker and the refresh source that goes with it, disposed together.</summary>
public sealed record Venue(IBroker Broker, IPortfolioRefresher Refresher, IDisposable? Resource) : IDisposable
{
    public void Dispose() => Resource?.Dispose();
}

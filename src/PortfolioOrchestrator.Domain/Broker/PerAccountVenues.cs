using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Domain.Broker;

/// <summary>
/// The <see cref="Engine.EngineServices.Broker"/> of a run with <c>--accounts</c>: it names the venues
/// (<c>TAXABLE-1: alpaca, ROTH-1: paper</c>) and refuses every call, so no code path can reach a venue
/// without going through <see cref="VenueMap.For"/> with the trade's account (CONTRACT §7).
/// </summary>
public sealed class PerAccountVenues(string name) : IBroker
{
    public string Name { get; } = name;

    public Task<OrderOutcome> SubmitAsync(OrderRequest request, CancellationToken cancellationToken) => throw Unrouted();

    public Task<OrderLookup> GetOrderAsync(ClientOrderId clientOrderId, CancellationToken cancellationToken) => throw Unrouted();

    public Task<OrderOutcome> CancelAsync(ClientOrderId clientOrderId, CancellationToken cancellationToken) => throw Unrouted();

    public Task<ProtectionOutcome> ProtectAsync(ProtectionRequest request, CancellationToken cancellationToken) => throw Unrouted();

    public Task<BrokerAccount?> GetAccountAsync(CancellationToken cancellationToken) => throw Unrouted();

    private InvalidOperationException Unrouted() =>
        new($"A call reached the run's venues ({Name}) without an account; each call must go to its account's venue.");
}

using System.Diagnostics;
using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Testing.Cli;

/// <summary>
/// Kills the process, without any cleanup, right after the venues' Nth call (counted across every venue of
/// the process through one <see cref="VenueCallCounter"/>) has been carried out: the venue keeps what the
/// call did, the journal only what was committed before it.
/// </summary>
public sealed class CrashAfterVenueCallsBroker(IBroker inner, VenueCallCounter counter) : IBroker
{
    public string Name => inner.Name;

    public async Task<OrderOutcome> SubmitAsync(OrderRequest request, CancellationToken cancellationToken) =>
        After(await inner.SubmitAsync(request, cancellationToken));

    public async Task<OrderLookup> GetOrderAsync(ClientOrderId clientOrderId, CancellationToken cancellationToken) =>
        After(await inner.GetOrderAsync(clientOrderId, cancellationToken));

    public async Task<OrderOutcome> CancelAsync(ClientOrderId clientOrderId, CancellationToken cancellationToken) =>
        After(await inner.CancelAsync(clientOrderId, cancellationToken));

    public async Task<ProtectionOutcome> ProtectAsync(ProtectionRequest request, CancellationToken cancellationToken) =>
        After(await inner.ProtectAsync(request, cancellationToken));

    public async Task<BrokerAccount?> GetAccountAsync(CancellationToken cancellationToken) =>
        After(await inner.GetAccountAsync(cancellationToken));

    public async Task<Money?> GetMarketPriceAsync(Ticker ticker, Money? referencePrice, CancellationToken cancellationToken) =>
        After(await inner.GetMarketPriceAsync(ticker, referencePrice, cancellationToken));

    private T After<T>(T result)
    {
        if (counter.Count())
        {
            Process.GetCurrentProcess().Kill();
        }

        return result;
    }
}

/// <summary>Counts venue calls of one process; true at the call the crash is due.</summary>
public sealed class VenueCallCounter(int crashAt)
{
    private int _count;

    public bool Count() => Interlocked.Increment(ref _count) >= crashAt;
}

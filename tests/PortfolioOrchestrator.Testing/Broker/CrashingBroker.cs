using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Testing.Journal;

namespace PortfolioOrchestrator.Testing.Broker;

/// <summary>
/// Wraps a venue and dies right after its <c>crashAfter</c>th call (counting every call from 1) has been
/// carried out: the venue keeps what the call did, <paramref name="die"/> ends the process's journal (a dead
/// process writes nothing more), and <see cref="SimulatedCrashException"/> is thrown. So a test sees the
/// venue ahead of the journal by everything done since the last durable commit.
/// </summary>
public sealed class CrashingBroker(IBroker inner, int crashAfter, Action die) : IBroker
{
    /// <summary>Calls made through this venue.</summary>
    public int Calls { get; private set; }

    public bool Crashed { get; private set; }

    public string Name => inner.Name;

    public async Task<OrderOutcome> SubmitAsync(OrderRequest request, CancellationToken cancellationToken) =>
        After(await inner.SubmitAsync(request, cancellationToken), "submit");

    public async Task<OrderLookup> GetOrderAsync(ClientOrderId clientOrderId, CancellationToken cancellationToken) =>
        After(await inner.GetOrderAsync(clientOrderId, cancellationToken), "look-up");

    public async Task<OrderOutcome> CancelAsync(ClientOrderId clientOrderId, CancellationToken cancellationToken) =>
        After(await inner.CancelAsync(clientOrderId, cancellationToken), "cancel");

    public async Task<ProtectionOutcome> ProtectAsync(ProtectionRequest request, CancellationToken cancellationToken) =>
        After(await inner.ProtectAsync(request, cancellationToken), "protect");

    public async Task<BrokerAccount?> GetAccountAsync(CancellationToken cancellationToken) =>
        After(await inner.GetAccountAsync(cancellationToken), "account");

    public async Task<Money?> GetMarketPriceAsync(Ticker ticker, Money? referencePrice, CancellationToken cancellationToken) =>
        After(await inner.GetMarketPriceAsync(ticker, referencePrice, cancellationToken), "market price");

    private T After<T>(T result, string call)
    {
        Calls++;
        if (!Crashed && Calls == crashAfter)
        {
            Crashed = true;
            die();
            throw new SimulatedCrashException($"crashed after venue call {Calls} ({call})");
        }

        return result;
    }
}

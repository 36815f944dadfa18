using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Domain.Broker;

/// <summary>
/// The port to a trading venue. Expected failures come back as values. A venue keyed by client
/// order id must never create a second order for an id it already has: a repeated submit returns the
/// existing order.
/// </summary>
public interface IBroker
{
    /// <summary>A short name for reports (<c>paper</c>, <c>alpaca</c>).</summary>
    string Name { get; }

    Task<OrderOutcome> SubmitAsync(OrderRequest request, CancellationToken cancellationToken);

    Task<OrderLookup> GetOrderAsync(ClientOrderId clientOrderId, CancellationToken cancellationToken);

    /// <summary>Cancels what is still open of an order; what filled stays filled.</summary>
    Task<OrderOutcome> CancelAsync(ClientOrderId clientOrderId, CancellationToken cancellationToken);

    Task<ProtectionOutcome> ProtectAsync(ProtectionRequest request, CancellationToken cancellationToken);

    /// <summary>The account's cash as the venue reports it, or null where the venue cannot say.</summary>
    Task<BrokerAccount?> GetAccountAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The market price per share of <paramref name="ticker"/> right now, in dollars, as the venue gives it
    /// (CONTRACT Resolution 22), or null where it cannot say. Never fails and never waits more than a few
    /// seconds: a venue that has no price answers null.
    /// </summary>
    Task<Money?> GetMarketPriceAsync(Ticker ticker, Money? referencePrice, CancellationToken cancellationToken) => Task.FromResult<Money?>(null);

    /// <summary>
    /// Shares of <paramref name="ticker"/> that <paramref name="account"/> holds at the venue (0 when none), or
    /// null where the venue cannot say (STEP 8 tracking, CONTRACT Resolution 16: protection never covers more).
    /// </summary>
    Task<decimal?> GetHeldQuantityAsync(AccountId account, Ticker ticker, CancellationToken cancellationToken) => Task.FromResult<decimal?>(null);

    /// <summary>
    /// Whether the venue takes stop, limit and one-cancels-other orders only in whole shares (Alpaca, CONTRACT §6):
    /// a lot's fraction of a share is then never protected. <value>The default value is false.</value>
    /// </summary>
    bool ProtectsWholeSharesOnly => false;
}

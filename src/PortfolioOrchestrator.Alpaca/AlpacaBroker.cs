using PortfolioOrchestrator.Alpaca.Assets;
using PortfolioOrchestrator.Alpaca.Http;
using PortfolioOrchestrator.Alpaca.Json;
using PortfolioOrchestrator.Alpaca.Market;
using PortfolioOrchestrator.Alpaca.Orders;
using PortfolioOrchestrator.Alpaca.Protection;
using PortfolioOrchestrator.Alpaca.Refresh;
using PortfolioOrchestrator.Alpaca.Streaming;
using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Alpaca;

/// <summary>
/// <c>--broker alpaca</c>: the broker port over Alpaca's Trading API v2. Entries are day market orders
/// by notional with our client order id; a submit whose answer is lost is sent again under the same id
/// (Alpaca refuses an id it holds, so there is never a second order).
/// Protection is whole-share OCO pairs (see <see cref="ProtectionPlanner"/>). With
/// <see cref="AlpacaStreamSettings"/> it keeps Alpaca's <c>trade_updates</c> stream open and answers look-ups
/// of its orders from it while it is up (<see cref="OrderFeed"/>), so a fill costs no request and is known as
/// soon as Alpaca reports it; without the stream every look-up is a request.
/// </summary>
public sealed class AlpacaBroker : IBroker, IOrderUpdates, IAsyncDisposable, IDisposable
{
    private readonly AlpacaConnection _connection;
    private readonly AlpacaOrderGateway _orders;
    private readonly AlpacaAssets _assets;
    private readonly OrderFeed? _feed;
    private readonly TradeUpdatesStream? _stream;
    private readonly AlpacaStreamSettings? _streamSettings;
    private int _submitted;

    /// <summary>An adapter that reads every order over REST.</summary>
    public AlpacaBroker(AlpacaConnection connection)
        : this(connection, null)
    {
    }

    /// <summary>An adapter that opens the <c>trade_updates</c> stream at once when <paramref name="stream"/> is given.</summary>
    public AlpacaBroker(AlpacaConnection connection, AlpacaStreamSettings? stream)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _connection = connection;
        _orders = new AlpacaOrderGateway(connection);
        _assets = new AlpacaAssets(connection);
        if (stream is not null)
        {
            _streamSettings = stream;
            _feed = new OrderFeed(TimeProvider.System, stream.TrustWithoutReadFor);
            _stream = new TradeUpdatesStream(connection.Options, stream, _feed, TimeProvider.System);
            _stream.Start();
        }
    }

    public string Name => "alpaca";

    public async Task<OrderOutcome> SubmitAsync(OrderRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Notional.RoundToCents().Dollars < 1m)
        {
            return OrderOutcome.Denied($"{request.Notional} is below Alpaca's $1.00 minimum for an order by notional; not sent");
        }

        if (await _assets.IsFractionableAsync(request.Ticker, cancellationToken).ConfigureAwait(false))
        {
            return await PlaceEntryAsync(request.ClientOrderId, AlpacaOrderBodies.MarketNotional(request), request.Account, cancellationToken).ConfigureAwait(false);
        }

        return await SubmitWholeSharesAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sends an entry; with the stream, the epoch listening before the first send makes the answer one the
    /// stream may carry on from, and a fill the stream already brought is part of the answer.
    /// </summary>
    private async Task<OrderOutcome> PlaceEntryAsync(ClientOrderId id, string body, AccountId? account, CancellationToken cancellationToken)
    {
        if (_stream is not null && Interlocked.Exchange(ref _submitted, 1) == 0)
        {
            // The first order waits (a little) for the stream, so that its fill is not a request either.
            await _stream.WaitFirstAttemptAsync(_streamSettings!.FirstConnectWait, cancellationToken).ConfigureAwait(false);
        }

        var epoch = _feed?.ListeningEpoch ?? -1;
        var placement = await _orders.PlaceAsync(id, body, account, cancellationToken).ConfigureAwait(false);
        return _feed is not null && placement.Outcome.Order is { } order
            ? placement.Outcome with { Order = _feed.Took(order, epoch, placement.Orders.Count == 1) }
            : placement.Outcome;
    }

    /// <summary>CONTRACT §9: a not-fractionable asset goes out in whole shares, the rest unspent and said; none at all is not sent.</summary>
    private async Task<OrderOutcome> SubmitWholeSharesAsync(OrderRequest request, CancellationToken cancellationToken)
    {
        var shares = WholeShareEntry.Shares(request);
        if (shares < 1m)
        {
            return OrderOutcome.Denied(WholeShareEntry.NoWholeShare(request));
        }

        var outcome = await PlaceEntryAsync(request.ClientOrderId, AlpacaOrderBodies.MarketShares(request, shares), request.Account, cancellationToken)
            .ConfigureAwait(false);
        return outcome.Kind == OrderOutcomeKind.Accepted
            ? outcome with { Note = WholeShareEntry.Note(request, shares) }
            : outcome;
    }

    /// <summary>From the stream where it may answer (no request); otherwise <c>GET /v2/orders:by_client_order_id</c>.</summary>
    public async Task<OrderLookup> GetOrderAsync(ClientOrderId clientOrderId, CancellationToken cancellationToken)
    {
        if (_feed?.TryRead(clientOrderId) is { } streamed)
        {
            return OrderLookup.Found(streamed);
        }

        var epoch = _feed?.BeginRead(clientOrderId) ?? -1;
        var result = await _orders.LookupAsync(clientOrderId, null, cancellationToken).ConfigureAwait(false);
        return _feed is not null && result.Lookup is { Kind: OrderLookupKind.Found, Order: { } order }
            ? OrderLookup.Found(_feed.Took(order, epoch, result.Orders.Count == 1))
            : result.Lookup;
    }

    /// <summary>News of the order from the stream; without a stream, never (the caller's poll timer decides).</summary>
    public Task WaitForNewsAsync(ClientOrderId clientOrderId, CancellationToken cancellationToken) =>
        _feed?.WaitForNewsAsync(clientOrderId, cancellationToken) ?? Task.Delay(Timeout.Infinite, cancellationToken);

    /// <summary>Where the stream is, when the adapter keeps one.</summary>
    public Uri? StreamUrl => _stream?.Url;

    /// <summary>Which stream connection is listening now (1 the first, one more per reconnect), -1 when none is.</summary>
    internal long StreamListeningEpoch => _feed?.ListeningEpoch ?? -1;

    public async ValueTask DisposeAsync()
    {
        if (_stream is not null)
        {
            await _stream.DisposeAsync().ConfigureAwait(false);
        }
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    public Task<OrderOutcome> CancelAsync(ClientOrderId clientOrderId, CancellationToken cancellationToken) =>
        _orders.CancelAsync(clientOrderId, cancellationToken);

    public async Task<ProtectionOutcome> ProtectAsync(ProtectionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var plan = ProtectionPlanner.Plan(request);
        var orders = new List<BrokerOrder>();
        var unprotected = new List<string>(plan.Unprotected);
        foreach (var slice in plan.Slices)
        {
            var id = request.OrderId(slice.Suffix);
            var placement = await _orders.PlaceAsync(id, Body(id, request, slice), request.Account, cancellationToken).ConfigureAwait(false);
            switch (placement.Outcome.Kind)
            {
                case OrderOutcomeKind.Accepted:
                    orders.AddRange(placement.Orders);
                    break;
                case OrderOutcomeKind.Unresolved:
                    unprotected.Add($"{slice.Describe(request.Ticker)}: Alpaca's answer is unknown ({placement.Outcome.Reason})");
                    break;
                default:
                    unprotected.Add($"{slice.Describe(request.Ticker)} refused by Alpaca: {placement.Outcome.Reason}; those shares are not protected");
                    break;
            }
        }

        return new ProtectionOutcome(orders, unprotected);
    }

    /// <summary>Alpaca's latest trade for <paramref name="ticker"/> (CONTRACT §9); null when the market data API cannot say.</summary>
    public Task<Money?> GetMarketPriceAsync(Ticker ticker, Money? referencePrice, CancellationToken cancellationToken) =>
        AlpacaLatestTrade.PriceAsync(_connection, ticker, cancellationToken);

    /// <summary>Shares held of <paramref name="ticker"/>, from <c>GET /v2/positions</c>; the key's own account (one key is one account, CONTRACT §7).</summary>
    public Task<decimal?> GetHeldQuantityAsync(AccountId account, Ticker ticker, CancellationToken cancellationToken) =>
        AlpacaHeldShares.ReadAsync(_connection, ticker, cancellationToken);

    /// <summary>Alpaca takes stop, limit and OCO orders (GTC) only in whole shares (CONTRACT §6).</summary>
    public bool ProtectsWholeSharesOnly => true;

    public async Task<BrokerAccount?> GetAccountAsync(CancellationToken cancellationToken)
    {
        var call = await _connection.GetAsync("v2/account", cancellationToken).ConfigureAwait(false);
        var account = call.Kind == AlpacaCallKind.Success ? AlpacaJson.TryRead<AlpacaAccountDto>(call.Body) : null;
        if (account?.Cash is not { } cash)
        {
            return null;
        }

        return new BrokerAccount(
            Money.FromDollars(cash),
            account.Equity is { } equity ? Money.FromDollars(equity) : null,
            account.BuyingPower is { } buyingPower ? Money.FromDollars(buyingPower) : null,
            account.TradingBlocked == true || account.AccountBlocked == true);
    }

    private static string Body(ClientOrderId id, ProtectionRequest request, ProtectiveSlice slice) => (slice.TakeProfit, slice.Stop) switch
    {
        ({ } target, { } stop) => AlpacaOrderBodies.Oco(id, request.Ticker, slice.Shares, target, stop),
        (null, { } stop) => AlpacaOrderBodies.Stop(id, request.Ticker, slice.Shares, stop),
        ({ } target, null) => AlpacaOrderBodies.Limit(id, request.Ticker, slice.Shares, target),
        _ => throw new InvalidOperationException("A protective slice has a target or a stop."),
    };
}

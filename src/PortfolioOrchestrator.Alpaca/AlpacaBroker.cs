using PortfolioOrchestrator.Alpaca.Assets;
using PortfolioOrchestrator.Alpaca.Http;
using PortfolioOrchestrator.Alpaca.Json;
using PortfolioOrchestrator.Alpaca.Market;
using PortfolioOrchestrator.Alpaca.Orders;
using PortfolioOrchestrator.Alpaca.Protection;
using PortfolioOrchestrator.Alpaca.Refresh;
using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Alpaca;

/// <summary>
/// <c>--broker alpaca</c>: the broker port over Alpaca's Trading API v2. Entries are day market orders
/// by notional with our client order id; a submit whose answer is lost is sent again under the same id
/// (Alpaca refuses an id it holds, so there is never a second order).
/// Protection is whole-share OCO pairs (see <see cref="ProtectionPlanner"/>).
/// </summary>
public sealed class AlpacaBroker : IBroker
{
    private readonly AlpacaConnection _connection;
    private readonly AlpacaOrderGateway _orders;
    private readonly AlpacaAssets _assets;

    public AlpacaBroker(AlpacaConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _connection = connection;
        _orders = new AlpacaOrderGateway(connection);
        _assets = new AlpacaAssets(connection);
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
            var placement = await _orders.PlaceAsync(request.ClientOrderId, AlpacaOrderBodies.MarketNotional(request), request.Account, cancellationToken)
                .ConfigureAwait(false);
            return placement.Outcome;
        }

        return await SubmitWholeSharesAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>CONTRACT §9: a not-fractionable asset goes out in whole shares, the rest unspent and said; none at all is not sent.</summary>
    private async Task<OrderOutcome> SubmitWholeSharesAsync(OrderRequest request, CancellationToken cancellationToken)
    {
        var shares = WholeShareEntry.Shares(request);
        if (shares < 1m)
        {
            return OrderOutcome.Denied(WholeShareEntry.NoWholeShare(request));
        }

        var placement = await _orders.PlaceAsync(request.ClientOrderId, AlpacaOrderBodies.MarketShares(request, shares), request.Account, cancellationToken)
            .ConfigureAwait(false);
        return placement.Outcome.Kind == OrderOutcomeKind.Accepted
            ? placement.Outcome with { Note = WholeShareEntry.Note(request, shares) }
            : placement.Outcome;
    }

    public async Task<OrderLookup> GetOrderAsync(ClientOrderId clientOrderId, CancellationToken cancellationToken) =>
        (await _orders.LookupAsync(clientOrderId, null, cancellationToken).ConfigureAwait(false)).Lookup;

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

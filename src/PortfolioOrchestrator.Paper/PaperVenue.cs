using Microsoft.Data.Sqlite;
using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Paper.Scripting;
using PortfolioOrchestrator.Paper.Simulation;
using PortfolioOrchestrator.Paper.Storage;

namespace PortfolioOrchestrator.Paper;

/// <summary>
/// A persistent simulated venue (CONTRACT §3): one account, notional market orders filled at once by
/// the <see cref="PaperScript"/>'s rules, protective orders that rest forever (the venue moves no
/// prices). Orders are keyed by client order id: a repeated submit returns the order the venue has.
/// State lives in <c>&lt;state&gt;/paper.db</c>, so a resumed run talks to the same venue.
/// Thread-safe; every <see cref="IBroker"/> call first waits the script's latency in real time.
/// </summary>
public sealed class PaperVenue : IBroker, IDisposable
{
    public const string FileName = "paper.db";

    private readonly PaperStore _store;
    private readonly PaperBook _book;
    private readonly TimeProvider _clock;
    private readonly Lock _gate = new();

    private PaperVenue(PaperStore store, PaperScript script, TimeProvider clock)
    {
        _store = store;
        _book = new PaperBook(store);
        Script = script;
        _clock = clock;
    }

    public string Name => "paper";

    /// <summary>The rules this venue was opened with (they are not stored: each run brings its own).</summary>
    public PaperScript Script { get; }

    /// <summary>Opens (creating if needed) the venue stored in <paramref name="stateDirectory"/>.</summary>
    public static PaperVenue Open(string stateDirectory, PaperScript script, TimeProvider clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stateDirectory);
        Directory.CreateDirectory(stateDirectory);
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(stateDirectory, FileName),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString();
        return new PaperVenue(PaperStore.Open(connectionString, durable: true), script, clock);
    }

    /// <summary>A venue that lives only as long as this object (dry runs, benchmarks).</summary>
    public static PaperVenue OpenInMemory(PaperScript script, TimeProvider clock) =>
        new(PaperStore.Open("Data Source=:memory:;Pooling=False", durable: false), script, clock);

    /// <summary>Opens the venue with <paramref name="openingCash"/> dollars for no account in particular and no positions, unless it is open already.</summary>
    public Task<PaperAccount> EnsureAccountAsync(Money openingCash, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(openingCash.Dollars, 0m, nameof(openingCash));
        return EnsureOpenedAsync(PaperOpening.CashOnly(openingCash), cancellationToken);
    }

    /// <summary>
    /// Opens the venue with <paramref name="opening"/>'s cash and positions unless it is open already: an open
    /// venue is its own truth and is never re-seeded (CONTRACT §6).
    /// </summary>
    public Task<PaperAccount> EnsureOpenedAsync(PaperOpening opening, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(opening);
        if (opening.Cash.Any(c => c.Cash.Dollars < 0m) || opening.Positions.Any(p => p.Quantity < 0m))
        {
            throw new ArgumentOutOfRangeException(nameof(opening), "A paper venue opens with no negative cash and no negative positions.");
        }

        return Run(
            () => _store.InTransaction(() =>
            {
                if (_book.FindAccount() is { } existing)
                {
                    return existing;
                }

                _book.Open(opening, _clock.GetUtcNow());
                return _book.FindAccount()!;
            }),
            cancellationToken);
    }

    public async Task<OrderOutcome> SubmitAsync(OrderRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await DelayAsync(cancellationToken).ConfigureAwait(false);
        return await Run(() => _store.InTransaction(() => Submit(request)), cancellationToken).ConfigureAwait(false);
    }

    public async Task<OrderLookup> GetOrderAsync(ClientOrderId clientOrderId, CancellationToken cancellationToken)
    {
        await DelayAsync(cancellationToken).ConfigureAwait(false);
        var order = await Run(() => _store.FindOrder(clientOrderId), cancellationToken).ConfigureAwait(false);
        return order is null ? OrderLookup.NotFound : OrderLookup.Found(order);
    }

    public async Task<OrderOutcome> CancelAsync(ClientOrderId clientOrderId, CancellationToken cancellationToken)
    {
        await DelayAsync(cancellationToken).ConfigureAwait(false);
        return await Run(() => _store.InTransaction(() => Cancel(clientOrderId)), cancellationToken).ConfigureAwait(false);
    }

    public async Task<ProtectionOutcome> ProtectAsync(ProtectionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await DelayAsync(cancellationToken).ConfigureAwait(false);
        return await Run(() => _store.InTransaction(() => Protect(request)), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sets the venue's prices at the clock's instant (CONTRACT §6): every resting order a price crosses fills
    /// (<see cref="PaperMarkRules"/>) for the shares its account still holds, its one-cancels-other siblings
    /// are canceled, and cash and holdings move with the fill. Later market orders fill at these prices where
    /// the script gives none. One transaction: all of it or none.
    /// </summary>
    public Task<PaperMarkOutcome> MarkAsync(IReadOnlyDictionary<Ticker, Money> prices, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prices);
        if (prices.Values.Any(p => !p.IsPositive))
        {
            throw new ArgumentOutOfRangeException(nameof(prices), "Every marked price is above zero.");
        }

        return Run(() => _store.InTransaction(() => new PaperMarking(_store, _book, _clock.GetUtcNow()).Apply(prices)), cancellationToken);
    }

    public async Task<BrokerAccount?> GetAccountAsync(CancellationToken cancellationToken)
    {
        await DelayAsync(cancellationToken).ConfigureAwait(false);
        var account = await ReadAccountAsync(cancellationToken).ConfigureAwait(false);

        // The venue marks no prices, so it cannot value its positions: equity is unknown.
        return account is null ? null : new BrokerAccount(account.Cash, Equity: null, BuyingPower: account.Cash, TradingBlocked: false);
    }

    /// <summary>
    /// The paper venue's own price is its market price at submission (CONTRACT Resolution 22): the script's
    /// price for the ticker, else the price <c>po paper mark</c> set, else the trade's last known price
    /// (<paramref name="referencePrice"/>) — the price its fills start from.
    /// </summary>
    public async Task<Money?> GetMarketPriceAsync(Ticker ticker, Money? referencePrice, CancellationToken cancellationToken) =>
        Script.RuleFor(ticker).Price ?? await Run(() => _book.MarkFor(ticker), cancellationToken).ConfigureAwait(false) ?? referencePrice;

    /// <summary>The shares the account holds of the ticker (0 when none), as the venue's book says.</summary>
    public async Task<decimal?> GetHeldQuantityAsync(AccountId account, Ticker ticker, CancellationToken cancellationToken)
    {
        await DelayAsync(cancellationToken).ConfigureAwait(false);
        return await Run<decimal?>(() => _book.Held(account, ticker), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The account as stored, without the script's latency (for <c>po paper account</c> and the paper refresher).</summary>
    public Task<PaperAccount?> ReadAccountAsync(CancellationToken cancellationToken = default) =>
        Run(_book.FindAccount, cancellationToken);

    /// <summary>Every order the venue holds, in the order it received them.</summary>
    public Task<IReadOnlyList<BrokerOrder>> ListOrdersAsync(CancellationToken cancellationToken = default) =>
        Run(_store.ListOrders, cancellationToken);

    /// <summary>Every order the venue holds with the trade and run a protective order protects, in the order it received them.</summary>
    public Task<IReadOnlyList<PaperOrderEntry>> ListOrderEntriesAsync(CancellationToken cancellationToken = default) =>
        Run<IReadOnlyList<PaperOrderEntry>>(
            () => [.. _store.ListOrders().Select(Entry)],
            cancellationToken);

    /// <summary>The venue's holdings per (account, ticker), with the shares open sells hold back.</summary>
    public Task<IReadOnlyList<PaperPosition>> ListPositionsAsync(CancellationToken cancellationToken = default) =>
        Run(_book.ListHoldings, cancellationToken);

    public void Dispose()
    {
        lock (_gate)
        {
            _store.Dispose();
        }
    }

    private PaperOrderEntry Entry(BrokerOrder order)
    {
        var tags = _store.Tags(order.ClientOrderId);
        return new PaperOrderEntry(order, tags.TradeId, tags.RunId);
    }

    private OrderOutcome Submit(OrderRequest request)
    {
        if (_store.FindOrder(request.ClientOrderId) is { } existing)
        {
            // CONTRACT Resolution 17: an id the venue holds is refused as in use; the answer is the order placed before.
            return Outcome(existing) with { AlreadyPlaced = true };
        }

        var now = _clock.GetUtcNow();
        var holding = _book.FindHolding(request.Account, request.Ticker);
        var view = new PaperBookView(_book.CashFor(request.Account)?.Cash, _book.MarkFor(request.Ticker), holding?.Quantity ?? 0m, holding?.Available ?? 0m);
        var execution = PaperFillRules.Execute(request, Script.RuleFor(request.Ticker), view);
        var order = _store.InsertOrder(PaperOrders.Entry(request, execution, now), new PaperOrderTags(execution.ReservedQuantity, null, null));
        if (execution.Filled)
        {
            var signed = request.Side == OrderSide.Buy ? execution.FilledDollars : -execution.FilledDollars;
            _book.AddCash(request.Account, -signed);
            _book.AddToHolding(request.Account, request.Ticker, request.Side == OrderSide.Buy ? execution.Quantity : -execution.Quantity, signed);
        }

        return Outcome(order);
    }

    private OrderOutcome Cancel(ClientOrderId clientOrderId)
    {
        if (_store.FindOrder(clientOrderId) is not { } order)
        {
            return OrderOutcome.Rejected($"the paper venue has no order {clientOrderId}");
        }

        if (order.Status.IsFinal())
        {
            return Outcome(order);
        }

        _store.UpdateStatus(clientOrderId, order.MoveTo(OrderStatus.Canceled).Status);
        return OrderOutcome.Accepted(_store.FindOrder(clientOrderId)!);
    }

    private ProtectionOutcome Protect(ProtectionRequest request)
    {
        // Protection is placed in one transaction, so an entry asked again has all of its orders or none: a
        // resume gets back the orders as the venue holds them, and nothing more is placed.
        var own = PossibleIds(request).Select(_store.FindOrder).OfType<BrokerOrder>().OrderBy(o => o.BrokerOrderId, StringComparer.Ordinal).ToList();
        if (own.Count > 0)
        {
            return new ProtectionOutcome(own, []);
        }

        var entry = _store.FindOrder(request.EntryOrderId);
        var holding = _book.FindHolding(request.Account, request.Ticker);
        var venuePrice = Script.RuleFor(request.Ticker).Price ?? _book.MarkFor(request.Ticker);
        var plan = PaperProtectionPlan.Make(request, entry, holding?.Available ?? 0m, venuePrice, _clock.GetUtcNow());
        var tags = new PaperOrderTags(null, request.TradeId?.Value, request.RunId?.Value);
        var placed = plan.Orders.Select(o => _store.InsertOrder(o, tags)).ToList();
        return new ProtectionOutcome(placed, plan.Unprotected);
    }

    /// <summary>Every id a plan for <paramref name="request"/> can give its orders, whatever the prices: the slices of its generation.</summary>
    private static IEnumerable<ClientOrderId> PossibleIds(ProtectionRequest request)
    {
        var numbers = Enumerable.Range(1, request.Targets.Count).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return numbers.SelectMany(n => new[] { "oco" + n + "-tp", "oco" + n + "-sl", "tp" + n })
            .Append("sl")
            .Select(request.OrderId);
    }

    private static OrderOutcome Outcome(BrokerOrder order) =>
        order.Status == OrderStatus.Rejected
            ? OrderOutcome.Rejected(order.RejectReason ?? "rejected by the paper venue", order)
            : OrderOutcome.Accepted(order);

    private Task DelayAsync(CancellationToken cancellationToken) =>
        Script.LatencyMs > 0 ? Task.Delay(Script.LatencyMs, cancellationToken) : Task.CompletedTask;

    // The database work is synchronous; failures still arrive through the task, as callers expect.
    private Task<T> Run<T>(Func<T> work, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }

        try
        {
            lock (_gate)
            {
                return Task.FromResult(work());
            }
        }
        catch (SqliteException ex)
        {
            return Task.FromException<T>(ex);
        }
    }
}

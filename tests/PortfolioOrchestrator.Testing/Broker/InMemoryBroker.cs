using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Testing.Broker;

/// <summary>
/// A venue in memory, keyed by client order id: a repeated id returns the existing order. Each ticker
/// behaves as set with <see cref="Ticker"/> (fill, slippage, partial fill, reject, never fill, fill after
/// lookups, unresolved submits, lookups unavailable). Every submit call is recorded, in order, so tests can
/// assert exactly-once and order of submission. Cash (dollars) is reported only once set with
/// <see cref="ReportsCash"/>, and then moves with every fill.
/// </summary>
public sealed class InMemoryBroker(TimeProvider clock) : IBroker
{
    private readonly Lock _gate = new();
    private readonly Dictionary<ClientOrderId, BrokerOrder> _orders = [];
    private readonly Dictionary<ClientOrderId, Money> _referencePrices = [];
    private readonly Dictionary<ClientOrderId, int> _lookups = [];
    private readonly Dictionary<ClientOrderId, int> _lookupsBeforeSubmit = [];
    private readonly Dictionary<Ticker, TickerBehaviour> _behaviours = [];
    private readonly List<OrderRequest> _submissions = [];
    private readonly HashSet<ClientOrderId> _submittedIds = [];
    private readonly List<ProtectionRequest> _protections = [];
    private readonly Dictionary<(AccountId, Ticker), List<ClientOrderId>> _protectiveByPosition = [];
    private Money? _cash;
    private int _nextOrderNumber = 1;

    public string Name => "memory";

    /// <summary>When set, every lookup is unresolved (the venue cannot be reached).</summary>
    public bool LookupsUnavailable { get; set; }

    /// <summary>The next this many submits of any ticker are lost before the venue sees them (unresolved, nothing recorded).</summary>
    public int LostSubmissionsLeft { get; set; }

    /// <summary>Every submit call, in the order made, repeats included.</summary>
    public IReadOnlyList<OrderRequest> Submissions
    {
        get
        {
            lock (_gate)
            {
                return [.. _submissions];
            }
        }
    }

    /// <summary>Every protection request, in the order made.</summary>
    public IReadOnlyList<ProtectionRequest> ProtectionRequests
    {
        get
        {
            lock (_gate)
            {
                return [.. _protections];
            }
        }
    }

    /// <summary>Every order the venue holds (entries and protective orders), in the order created.</summary>
    public IReadOnlyList<BrokerOrder> Orders
    {
        get
        {
            lock (_gate)
            {
                return [.. _orders.Values];
            }
        }
    }

    /// <summary>The entry (market) orders the venue holds.</summary>
    public IReadOnlyList<BrokerOrder> EntryOrders => [.. Orders.Where(o => o.Type == OrderType.Market)];

    public Money? Cash
    {
        get
        {
            lock (_gate)
            {
                return _cash;
            }
        }
    }

    public TickerScript Ticker(string ticker) => new(this, ticker);

    public InMemoryBroker ReportsCash(decimal dollars)
    {
        lock (_gate)
        {
            _cash = Money.FromDollars(dollars);
        }

        return this;
    }

    public BrokerOrder? Order(ClientOrderId id)
    {
        lock (_gate)
        {
            return _orders.GetValueOrDefault(id);
        }
    }

    /// <summary>The market hits a protective order between runs: it fills for all its shares, and its one-cancels-other siblings are canceled.</summary>
    public void Trigger(ClientOrderId id)
    {
        lock (_gate)
        {
            var order = _orders[id];
            foreach (var sibling in _orders.Values.Where(o => order.LinkGroup is not null && o.LinkGroup == order.LinkGroup && o.ClientOrderId != id && !o.Status.IsFinal()).ToList())
            {
                _orders[sibling.ClientOrderId] = sibling with { Status = OrderStatus.Canceled };
            }

            var price = order.StopPrice ?? order.LimitPrice ?? Money.Zero;
            _orders[id] = order with
            {
                Status = OrderStatus.Filled,
                FilledQuantity = order.Quantity ?? 0m,
                FilledAveragePrice = price,
                FilledAt = clock.GetUtcNow(),
            };
        }
    }

    public int SubmitCount(ClientOrderId id) => Submissions.Count(s => s.ClientOrderId == id);

    /// <summary>How many times an order the venue holds has been looked up.</summary>
    public int LookupCount(ClientOrderId id)
    {
        lock (_gate)
        {
            return _lookups.GetValueOrDefault(id);
        }
    }

    /// <summary>How many times <paramref name="id"/> was looked up before it was first submitted.</summary>
    public int LookupsBeforeSubmit(ClientOrderId id)
    {
        lock (_gate)
        {
            return _lookupsBeforeSubmit.GetValueOrDefault(id);
        }
    }

    public TickerBehaviour BehaviourOf(string ticker)
    {
        lock (_gate)
        {
            return _behaviours.GetValueOrDefault(Domain.Primitives.Ticker.Create(ticker), TickerBehaviour.Default);
        }
    }

    public void SetBehaviour(string ticker, TickerBehaviour behaviour)
    {
        lock (_gate)
        {
            _behaviours[Domain.Primitives.Ticker.Create(ticker)] = behaviour;
        }
    }

    public Task<OrderOutcome> SubmitAsync(OrderRequest request, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _submissions.Add(request);
            _submittedIds.Add(request.ClientOrderId);
            if (_orders.TryGetValue(request.ClientOrderId, out var existing))
            {
                return Task.FromResult(Answer(existing) with { AlreadyPlaced = true });
            }

            var behaviour = _behaviours.GetValueOrDefault(request.Ticker, TickerBehaviour.Default);
            if (LostSubmissionsLeft > 0)
            {
                LostSubmissionsLeft--;
                return Task.FromResult(OrderOutcome.Unresolved("connection dropped before the venue saw the order"));
            }

            if (behaviour.SubmitFault == SubmitFault.UnresolvedNotRecorded)
            {
                return Task.FromResult(OrderOutcome.Unresolved("connection dropped before the venue saw the order"));
            }

            if (RefusalWhileProtected(request) is { } refusal)
            {
                behaviour = behaviour with { RejectReason = refusal };
            }

            var order = Create(request, behaviour);
            return Task.FromResult(behaviour.SubmitFault == SubmitFault.UnresolvedRecorded
                ? OrderOutcome.Unresolved("connection dropped after the venue accepted the order")
                : Answer(order));
        }
    }

    public Task<OrderLookup> GetOrderAsync(ClientOrderId clientOrderId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_submittedIds.Contains(clientOrderId))
            {
                _lookupsBeforeSubmit[clientOrderId] = _lookupsBeforeSubmit.GetValueOrDefault(clientOrderId) + 1;
            }

            if (LookupsUnavailable)
            {
                return Task.FromResult(OrderLookup.Unresolved("venue unreachable"));
            }

            if (!_orders.TryGetValue(clientOrderId, out var order))
            {
                return Task.FromResult(OrderLookup.NotFound);
            }

            var behaviour = _behaviours.GetValueOrDefault(order.Ticker, TickerBehaviour.Default);
            if (behaviour.LookupUnavailable)
            {
                return Task.FromResult(OrderLookup.Unresolved($"lookups of {order.Ticker} unavailable"));
            }

            var count = _lookups[clientOrderId] = _lookups.GetValueOrDefault(clientOrderId) + 1;
            if (order.Type == OrderType.Market && !behaviour.NeverFill && behaviour.FillOnLookup > 0 && count >= behaviour.FillOnLookup && order.Status == OrderStatus.Accepted)
            {
                order = Fill(order, behaviour);
            }

            return Task.FromResult(OrderLookup.Found(order));
        }
    }

    public Task<OrderOutcome> CancelAsync(ClientOrderId clientOrderId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_orders.TryGetValue(clientOrderId, out var order))
            {
                return Task.FromResult(OrderOutcome.Rejected($"no order {clientOrderId}"));
            }

            if (!order.Status.IsFinal())
            {
                order = _orders[clientOrderId] = order with { Status = OrderStatus.Canceled };
            }

            return Task.FromResult(OrderOutcome.Accepted(order));
        }
    }

    public Task<ProtectionOutcome> ProtectAsync(ProtectionRequest request, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _protections.Add(request);
            var behaviour = _behaviours.GetValueOrDefault(request.Ticker, TickerBehaviour.Default);
            if (behaviour.ProtectionGap is { } gap)
            {
                return Task.FromResult(new ProtectionOutcome([], [gap]));
            }

            // Never more shares than the entry filled here, whatever the request says.
            var filled = _orders.GetValueOrDefault(request.EntryOrderId)?.FilledQuantity ?? 0m;
            var quantity = Math.Min(request.FilledQuantity, filled);
            if (quantity <= 0m)
            {
                return Task.FromResult(new ProtectionOutcome([], [$"entry order {request.EntryOrderId} has nothing filled; no protective orders were placed"]));
            }

            IReadOnlyList<string> unprotected = quantity < request.FilledQuantity
                ? [$"asked to protect {request.FilledQuantity} shares but the venue filled {filled}; protecting {quantity}"]
                : [];
            // The slices every venue places (CONTRACT Resolution 9, §6), to the millionth of a share.
            var plan = ProtectionSlicing.Plan(request, quantity, 6, request.MarketPrice);
            var orders = new List<BrokerOrder>();
            foreach (var slice in plan.Slices)
            {
                string? link = slice is { TakeProfit: not null, Stop: not null } ? request.OrderId(slice.Suffix).Value : null;
                if (slice.TakeProfit is { } target)
                {
                    orders.Add(Protective(request, request.OrderId(link is null ? slice.Suffix : slice.Suffix + "-tp"), OrderType.Limit, slice.Shares, null, target, link));
                }

                if (slice.Stop is { } stop)
                {
                    orders.Add(Protective(request, request.OrderId(link is null ? slice.Suffix : slice.Suffix + "-sl"), OrderType.Stop, slice.Shares, stop, null, link));
                }
            }

            unprotected = [.. unprotected, .. plan.Unprotected];
            return Task.FromResult(new ProtectionOutcome(orders, unprotected));
        }
    }

    public Task<BrokerAccount?> GetAccountAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_cash is { } cash ? new BrokerAccount(cash, null, null, false) : null);
        }
    }

    /// <summary>
    /// As Alpaca answers (docs/alpaca.md): a buy while our own sell limits are open on the symbol is a
    /// potential wash trade; a sell while our protective sells hold the shares finds none available (this
    /// venue keeps no positions, so any open protective sell of the symbol counts as holding them).
    /// </summary>
    private string? RefusalWhileProtected(OrderRequest request)
    {
        if (!_protectiveByPosition.TryGetValue((request.Account, request.Ticker), out var ids))
        {
            return null;
        }

        ids.RemoveAll(id => _orders[id].Status.IsFinal());
        return request.Side switch
        {
            OrderSide.Buy when ids.Exists(id => _orders[id].Type == OrderType.Limit) => "potential wash trade detected. use complex orders",
            OrderSide.Sell when ids.Count > 0 => "insufficient qty available",
            _ => null,
        };
    }

    private static OrderOutcome Answer(BrokerOrder order) => order.Status == OrderStatus.Rejected
        ? OrderOutcome.Rejected(order.RejectReason ?? "rejected", order)
        : OrderOutcome.Accepted(order);

    private BrokerOrder Create(OrderRequest request, TickerBehaviour behaviour)
    {
        var order = new BrokerOrder
        {
            ClientOrderId = request.ClientOrderId,
            BrokerOrderId = $"mem-{_nextOrderNumber++}",
            Ticker = request.Ticker,
            Side = request.Side,
            Type = OrderType.Market,
            Account = request.Account,
            Notional = request.Notional,
            Status = behaviour.RejectReason is null ? OrderStatus.Accepted : OrderStatus.Rejected,
            RejectReason = behaviour.RejectReason,
            SubmittedAt = clock.GetUtcNow(),
        };
        _orders[request.ClientOrderId] = order;
        _referencePrices[request.ClientOrderId] = request.ReferencePrice;
        return order.Status == OrderStatus.Accepted && !behaviour.NeverFill && behaviour.FillOnLookup == 0
            ? Fill(order, behaviour)
            : order;
    }

    private BrokerOrder Fill(BrokerOrder order, TickerBehaviour behaviour)
    {
        var filled = VenueFill.Apply(order, behaviour, _referencePrices[order.ClientOrderId], clock.GetUtcNow());
        if (_cash is { } cash)
        {
            _cash = order.Side == OrderSide.Buy ? cash - filled.FilledNotional : cash + filled.FilledNotional;
        }

        return _orders[order.ClientOrderId] = filled;
    }

    private BrokerOrder Protective(ProtectionRequest request, ClientOrderId id, OrderType type, decimal shares, Money? stop, Money? limit, string? link)
    {
        if (_orders.TryGetValue(id, out var existing))
        {
            return existing;
        }

        if (!_protectiveByPosition.TryGetValue((request.Account, request.Ticker), out var ids))
        {
            _protectiveByPosition[(request.Account, request.Ticker)] = ids = [];
        }

        ids.Add(id);
        return _orders[id] = new BrokerOrder
        {
            ClientOrderId = id,
            BrokerOrderId = $"mem-{_nextOrderNumber++}",
            Ticker = request.Ticker,
            Side = OrderSide.Sell,
            Type = type,
            Account = request.Account,
            Quantity = shares,
            StopPrice = stop,
            LimitPrice = limit,
            Status = OrderStatus.Accepted,
            SubmittedAt = clock.GetUtcNow(),
            LinkGroup = link,
        };
    }
}

using System.Globalization;
using System.Text.Json.Nodes;

namespace PortfolioOrchestrator.Testing.Alpaca;

/// <summary>
/// The fake's account, positions and orders, with Alpaca's rules for accepting orders (see
/// <see cref="FakeOrderRules"/>) and its order life cycle: a market order is <c>accepted</c> and fills on
/// a later read; a cancel is <c>pending_cancel</c> until the next read; an OCO's stop leg and a bracket's
/// exit legs are <c>held</c>; GTC orders carry <c>expires_at</c> (90 days, 4:15 pm New York time).
/// Not thread-safe: the server serialises calls.
/// </summary>
internal sealed class FakeAlpacaVenue(TimeProvider timeProvider)
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private readonly List<FakeOrderState> _orders = [];
    private readonly Dictionary<string, decimal> _positions = new(StringComparer.Ordinal);
    private int _nextId;

    public decimal Cash { get; set; } = 100_000m;

    public bool TradingBlocked { get; set; }

    /// <summary>Reads of a canceled order that answer <c>pending_cancel</c> before it is <c>canceled</c>.</summary>
    public int PendingCancelReads { get; set; } = 1;

    public Dictionary<string, FakeSymbolBehaviour> Symbols { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<FakeAlpacaOrder> Orders => [.. All().Select(o => o.Snapshot())];

    public void SetPosition(string symbol, decimal qty)
    {
        if (qty == 0m)
        {
            _positions.Remove(symbol);
        }
        else
        {
            _positions[symbol] = qty;
        }
    }

    public decimal PositionOf(string symbol) => _positions.GetValueOrDefault(symbol);

    public FakeReply Submit(JsonObject body)
    {
        var request = FakeOrderRequest.Read(body, out var problem);
        if (request is null)
        {
            return Invalid(problem!);
        }

        if (request.ClientOrderId.Length > 48)
        {
            return Invalid("client_order_id must be no more than 48 characters");
        }

        if (All().Any(o => o.ClientOrderId == request.ClientOrderId))
        {
            return Invalid("client_order_id must be unique");
        }

        var behaviour = BehaviourOf(request.Symbol);
        var refusal = request.Validate() is { } invalid ? Invalid(invalid)
            : request.SubPennyViolation() is { } subPenny ? FakeReply.Error(422, subPenny, 42210000)
            : new FakeOrderRules(this).Refusal(request, behaviour);
        if (refusal is not null)
        {
            return refusal;
        }

        var order = Create(request);
        if (request.IsEntry)
        {
            Start(order, behaviour);
        }

        return FakeReply.Ok(order.ToJson());
    }

    public FakeReply ByClientOrderId(string clientOrderId) =>
        Find(o => o.ClientOrderId == clientOrderId) is { } order ? FakeReply.Ok(Advance(order).ToJson()) : NotFound();

    public FakeReply ById(string id) =>
        Find(o => o.Id == id) is { } order ? FakeReply.Ok(Advance(order).ToJson()) : NotFound();

    /// <summary><c>GET /v2/orders</c>: <c>status</c> open (default), closed or all; <c>symbols</c> comma-separated; newest first.</summary>
    public FakeReply List(string? status, string? symbols)
    {
        var wanted = symbols?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var orders = _orders.Select(Advance)
            .Where(o => wanted is null || wanted.Contains(o.Symbol))
            .Where(o => (status ?? "open") switch { "open" => o.IsOpen, "closed" => !o.IsOpen, _ => true })
            .Reverse();
        return FakeReply.Ok(new JsonArray([.. orders.Select(o => (JsonNode)o.ToJson())]));
    }

    public FakeReply Cancel(string id)
    {
        var order = Find(o => o.Id == id);
        if (order is null)
        {
            return NotFound();
        }

        if (!order.IsOpen)
        {
            return FakeReply.Error(422, $"order is already in \"{order.Status}\" state", 42210000);
        }

        // One leg canceled cancels the group (Alpaca: "any remaining open order in the group is canceled").
        foreach (var o in Group(order).Where(o => o.IsOpen))
        {
            o.Status = "pending_cancel";
            o.PendingCancelReads = PendingCancelReads;
        }

        return new FakeReply(204, null);
    }

    /// <summary>A protective order (or OCO leg) fills at <paramref name="price"/>; its group's other open orders are canceled.</summary>
    public FakeAlpacaOrder? FillProtective(string clientOrderId, decimal price)
    {
        var order = Find(o => o.ClientOrderId == clientOrderId);
        if (order is null || !order.IsOpen)
        {
            return null;
        }

        FillShares(order, (order.Qty ?? 0m) - order.FilledQty, price);
        order.Status = "filled";
        foreach (var other in Group(order).Where(o => o != order && o.IsOpen))
        {
            other.Status = "canceled";
        }

        return order.Snapshot();
    }

    /// <summary>An order (and its group) reaches <paramref name="status"/> at the venue (<c>expired</c>, <c>done_for_day</c>, <c>suspended</c>, …).</summary>
    public FakeAlpacaOrder? SetStatus(string clientOrderId, string status)
    {
        var order = Find(o => o.ClientOrderId == clientOrderId);
        if (order is null)
        {
            return null;
        }

        foreach (var o in Group(order).Where(o => o.IsOpen))
        {
            o.Status = status;
        }

        return order.Snapshot();
    }

    /// <summary>The order and its group now lapse at <paramref name="expiresAt"/> (what Alpaca's <c>expires_at</c> says).</summary>
    public FakeAlpacaOrder? SetExpiresAt(string clientOrderId, DateTimeOffset expiresAt)
    {
        var order = Find(o => o.ClientOrderId == clientOrderId);
        if (order is null)
        {
            return null;
        }

        foreach (var o in Group(order))
        {
            o.ExpiresAt = expiresAt;
        }

        return order.Snapshot();
    }

    /// <summary>
    /// Replaces an open order as <c>PATCH /v2/orders/{id}</c> does: the old one ends <c>replaced</c> with
    /// <c>replaced_by</c>, the new one (a new id and client order id) <c>replaces</c> it.
    /// </summary>
    public FakeAlpacaOrder? Replace(string clientOrderId, decimal? qty, decimal? limitPrice, decimal? stopPrice)
    {
        var old = Find(o => o.ClientOrderId == clientOrderId);
        if (old is null || !old.IsOpen || old.Parent is not null)
        {
            return null;
        }

        var replacement = new FakeOrderState
        {
            Id = NextId(),
            ClientOrderId = Guid.NewGuid().ToString(),
            Symbol = old.Symbol,
            Side = old.Side,
            Type = old.Type,
            TimeInForce = old.TimeInForce,
            OrderClass = old.OrderClass,
            Qty = qty ?? old.Qty,
            Notional = old.Notional,
            LimitPrice = limitPrice ?? old.LimitPrice,
            StopPrice = stopPrice ?? old.StopPrice,
            CreatedAt = timeProvider.GetUtcNow(),
            ExpiresAt = old.ExpiresAt,
            Replaces = old.Id,
            Status = "new",
        };
        old.Status = "replaced";
        old.ReplacedBy = replacement.Id;
        _orders.Add(replacement);
        return replacement.Snapshot();
    }

    public JsonObject Account()
    {
        var marketValue = _positions.Sum(p => p.Value * BehaviourOf(p.Key).Price);
        return new JsonObject
        {
            ["id"] = "fake-account",
            ["account_number"] = "PA0000000",
            ["status"] = "ACTIVE",
            ["currency"] = "USD",
            ["cash"] = FakeOrderState.Text(Cash),
            ["equity"] = FakeOrderState.Text(Cash + marketValue),
            ["portfolio_value"] = FakeOrderState.Text(Cash + marketValue),
            ["buying_power"] = FakeOrderState.Text(BuyingPower()),
            ["trading_blocked"] = TradingBlocked,
            ["account_blocked"] = false,
            ["pattern_day_trader"] = false,
        };
    }

    public JsonArray Positions() => new([.. _positions.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p =>
    {
        var behaviour = BehaviourOf(p.Key);
        return (JsonNode)new JsonObject
        {
            ["symbol"] = p.Key,
            ["asset_class"] = "us_equity",
            ["side"] = p.Value >= 0m ? "long" : "short",
            ["qty"] = FakeOrderState.Text(p.Value),
            ["qty_available"] = FakeOrderState.Text(Available(p.Key)),
            ["current_price"] = behaviour.CurrentPriceUnknown ? null : FakeOrderState.Text(behaviour.Price),
            ["market_value"] = behaviour.MarketValueUnknown ? null : FakeOrderState.Text(Math.Round(p.Value * behaviour.Price, 2)),
            ["avg_entry_price"] = FakeOrderState.Text(behaviour.Price),
        };
    })]);

    /// <summary><c>GET /v2/assets/{symbol}</c>.</summary>
    public FakeReply Asset(string symbol)
    {
        var behaviour = BehaviourOf(symbol);
        return FakeReply.Ok(new JsonObject
        {
            ["id"] = "asset-" + symbol,
            ["class"] = "us_equity",
            ["exchange"] = "NASDAQ",
            ["symbol"] = symbol,
            ["name"] = symbol + " Inc. Common Stock",
            ["status"] = "active",
            ["tradable"] = behaviour.Mode != FakeFillMode.Reject,
            ["marginable"] = true,
            ["shortable"] = true,
            ["easy_to_borrow"] = true,
            ["fractionable"] = behaviour.Fractionable,
        });
    }

    /// <summary>The market data API's <c>GET /v2/stocks/{symbol}/trades/latest</c>: the symbol's price as its last trade.</summary>
    public FakeReply LatestTrade(string symbol)
    {
        var behaviour = BehaviourOf(symbol);
        if (!behaviour.HasLatestTrade)
        {
            return FakeReply.Error(404, "not found", 40410000);
        }

        return FakeReply.Ok(new JsonObject
        {
            ["symbol"] = symbol,
            ["trade"] = new JsonObject
            {
                ["t"] = timeProvider.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
                ["x"] = "V",
                ["p"] = behaviour.Price,
                ["s"] = 100,
                ["c"] = new JsonArray("@"),
                ["i"] = 52983525029461,
                ["z"] = "C",
            },
        });
    }

    /// <summary>Every order and leg, as the stream reports them.</summary>
    internal IEnumerable<FakeOrderState> States => All();

    /// <summary>Time passes at the venue: each order moves as a read of it would move it (a market order fills, a cancel settles).</summary>
    public void Work()
    {
        foreach (var order in _orders.ToList())
        {
            Advance(order);
        }
    }

    internal FakeSymbolBehaviour BehaviourOf(string symbol) =>
        Symbols.TryGetValue(symbol, out var behaviour) ? behaviour : new FakeSymbolBehaviour(100m);

    /// <summary>Open orders and open legs, the way Alpaca's checks see them.</summary>
    internal IEnumerable<FakeOrderState> OpenOrders(string symbol) => All().Where(o => o.IsOpen && o.Symbol == symbol);

    internal decimal BuyingPower() =>
        Cash - _orders.Where(o => o.IsOpen && o.Side == "buy").Sum(o => (o.Notional ?? (o.Qty ?? 0m) * BehaviourOf(o.Symbol).Price) - o.FilledQty * (o.FilledAvgPrice ?? 0m));

    /// <summary>Shares not reserved by open sells; an OCO pair reserves its shares once.</summary>
    internal decimal Available(string symbol) =>
        PositionOf(symbol) - _orders.Where(o => o.IsOpen && o.Side == "sell" && o.Symbol == symbol)
            .Sum(o => (o.Qty ?? o.Notional!.Value / BehaviourOf(symbol).Price) - o.FilledQty);

    private IEnumerable<FakeOrderState> All() => _orders.SelectMany(o => new[] { o }.Concat(o.Legs));

    private static IEnumerable<FakeOrderState> Group(FakeOrderState order)
    {
        var root = order.Parent ?? order;
        return new[] { root }.Concat(root.Legs);
    }

    private FakeOrderState? Find(Func<FakeOrderState, bool> match) => All().FirstOrDefault(match);

    private FakeOrderState Create(FakeOrderRequest request)
    {
        var now = timeProvider.GetUtcNow();
        var expiresAt = ExpiryOf(request.TimeInForce, now);
        var complex = request.OrderClass is "oco" or "bracket";
        var order = new FakeOrderState
        {
            Id = NextId(),
            ClientOrderId = request.ClientOrderId,
            Symbol = request.Symbol,
            Side = request.Side,
            Type = request.Type,
            TimeInForce = request.TimeInForce,
            OrderClass = request.OrderClass,
            Qty = request.Qty,
            Notional = request.Notional,
            LimitPrice = request.OrderClass == "oco" ? request.TakeProfit : request.LimitPrice,
            StopPrice = complex ? null : request.StopPrice,
            CreatedAt = now,
            ExpiresAt = expiresAt,
            Status = request.IsEntry ? "accepted" : "new",
        };
        var exitSide = request.OrderClass == "bracket" ? (request.Side == "buy" ? "sell" : "buy") : request.Side;
        if (request.OrderClass == "bracket")
        {
            order.Legs.Add(Leg(order, exitSide, "limit", request.TakeProfit, null, now, expiresAt));
        }

        if (complex)
        {
            order.Legs.Add(Leg(order, exitSide, "stop", null, request.StopLoss, now, expiresAt));
        }

        _orders.Add(order);
        return order;
    }

    private FakeOrderState Leg(FakeOrderState parent, string side, string type, decimal? limit, decimal? stop, DateTimeOffset now, DateTimeOffset? expiresAt) => new()
    {
        Id = NextId(),
        ClientOrderId = Guid.NewGuid().ToString(),
        Symbol = parent.Symbol,
        Side = side,
        Type = type,
        TimeInForce = parent.TimeInForce,
        OrderClass = parent.OrderClass,
        Qty = parent.Qty,
        LimitPrice = limit,
        StopPrice = stop,
        CreatedAt = now,
        ExpiresAt = expiresAt,
        Parent = parent,
        Status = "held",
    };

    /// <summary>A day order lapses at today's close; a GTC order is canceled by Alpaca's aged-order policy 90 days on, at 4:15 pm.</summary>
    private static DateTimeOffset? ExpiryOf(string timeInForce, DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, NewYork);
        var (date, time) = timeInForce switch
        {
            "day" => (local.Date, new TimeSpan(16, 0, 0)),
            "gtc" => (local.Date.AddDays(90), new TimeSpan(16, 15, 0)),
            _ => (DateTime.MinValue, TimeSpan.Zero),
        };
        if (date == DateTime.MinValue)
        {
            return null;
        }

        var wall = date + time;
        return new DateTimeOffset(wall, NewYork.GetUtcOffset(wall)).ToUniversalTime();
    }

    private void Start(FakeOrderState order, FakeSymbolBehaviour behaviour)
    {
        switch (behaviour.Mode)
        {
            case FakeFillMode.Immediate:
                FillTo(order, behaviour, behaviour.FillRatio);
                break;
            case FakeFillMode.RejectAfterAccept:
                order.Status = "rejected";
                break;
            case FakeFillMode.Never:
                order.Status = "new";
                break;
        }
    }

    private FakeOrderState Advance(FakeOrderState order)
    {
        var behaviour = BehaviourOf(order.Symbol);
        if (order.Status == "pending_cancel")
        {
            if (order.PendingCancelReads-- <= 0)
            {
                SettleCancel(order, behaviour);
            }

            return order;
        }

        if (order.Parent is not null || !order.IsOpen || order.Type != "market")
        {
            return order;
        }

        switch (behaviour.Mode)
        {
            case FakeFillMode.OnNextRead when order.Step == 0:
                order.Step++;
                FillTo(order, behaviour, behaviour.FillRatio);
                break;
            case FakeFillMode.Progressive when order.Step < 2:
                order.Step++;
                FillTo(order, behaviour, order.Step == 1 ? behaviour.FillRatio / 2m : behaviour.FillRatio);
                if (order.Step == 1)
                {
                    order.Status = "partially_filled";
                }

                break;
        }

        return order;
    }

    private void SettleCancel(FakeOrderState order, FakeSymbolBehaviour behaviour)
    {
        foreach (var o in Group(order).Where(o => o.Status == "pending_cancel"))
        {
            if (behaviour.FillsWhileCanceling && o.Type == "market")
            {
                FillShares(o, (o.Qty ?? Math.Round(o.Notional!.Value / behaviour.Price, 9, MidpointRounding.ToZero)) - o.FilledQty, behaviour.Price);
                o.Status = "filled";
            }
            else
            {
                o.Status = "canceled";
            }
        }
    }

    /// <summary>Fills an entry to <paramref name="ratio"/> of its size and sets its status: filled, or a part fill left open (or canceled).</summary>
    private void FillTo(FakeOrderState order, FakeSymbolBehaviour behaviour, decimal ratio)
    {
        var total = order.Qty ?? Math.Round(order.Notional!.Value / behaviour.Price, 9, MidpointRounding.ToZero);
        var target = Math.Round(total * ratio, 9, MidpointRounding.ToZero);
        FillShares(order, target - order.FilledQty, behaviour.Price);
        order.Status = ratio >= 1m ? "filled" : behaviour.CancelsRest ? "canceled" : "partially_filled";
        if (order.Status == "filled")
        {
            ActivateExits(order);
        }
    }

    /// <summary>A bracket's exits start working once its entry has filled: the take-profit is live, the stop stays held.</summary>
    private static void ActivateExits(FakeOrderState order)
    {
        foreach (var leg in order.Legs.Where(l => l.Status == "held" && l.Type == "limit"))
        {
            leg.Status = "new";
        }
    }

    private void FillShares(FakeOrderState order, decimal increment, decimal price)
    {
        if (increment <= 0m)
        {
            return;
        }

        var sign = order.Side == "buy" ? 1m : -1m;
        Cash -= sign * increment * price;
        SetPosition(order.Symbol, PositionOf(order.Symbol) + (sign * increment));
        order.FilledAvgPrice = order.FilledQty == 0m ? price : ((order.FilledAvgPrice ?? price) * order.FilledQty + price * increment) / (order.FilledQty + increment);
        order.FilledQty += increment;
        order.FilledAt = timeProvider.GetUtcNow();
    }

    private string NextId() => $"00000000-0000-4000-8000-{++_nextId:D12}";

    private static FakeReply Invalid(string message) => FakeReply.Error(422, message, 40010001);

    private static FakeReply NotFound() => FakeReply.Error(404, "order not found", 40410000);
}

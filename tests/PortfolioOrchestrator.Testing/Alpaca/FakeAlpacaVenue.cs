using System.Globalization;
using System.Text.Json.Nodes;

namespace PortfolioOrchestrator.Testing.Alpaca;

/// <summary>
/// The fake's account, positions and orders, with Alpaca's rules for accepting orders: notional only
/// for market day orders, fractional quantities only for simple market day orders, unique client order
/// ids, sells limited to the shares not already reserved by open sells, buys limited by buying power.
/// Not thread-safe: the server serialises calls.
/// </summary>
internal sealed class FakeAlpacaVenue(TimeProvider timeProvider)
{
    private readonly List<FakeOrderState> _orders = [];
    private readonly Dictionary<string, decimal> _positions = new(StringComparer.Ordinal);
    private int _nextId;

    public decimal Cash { get; set; } = 100_000m;

    public bool TradingBlocked { get; set; }

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

        if (request.Validate() is { } invalid)
        {
            return Invalid(invalid);
        }

        var behaviour = BehaviourOf(request.Symbol);
        if (TradingBlocked)
        {
            return FakeReply.Error(403, "trading is blocked for this account", 40310000);
        }

        if (request.IsEntry && behaviour.Mode == FakeFillMode.Reject)
        {
            return FakeReply.Error(403, behaviour.RejectMessage, 40310000);
        }

        var shares = request.Qty ?? request.Notional!.Value / behaviour.Price;
        if (request.Side == "buy" && shares * behaviour.Price > BuyingPower())
        {
            return FakeReply.Error(403, "insufficient buying power", 40310000);
        }

        if (request.Side == "sell" && shares > Available(request.Symbol))
        {
            return InsufficientQty(request.Symbol, shares);
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

    public FakeReply Cancel(string id)
    {
        var order = Find(o => o.Id == id);
        if (order is null)
        {
            return NotFound();
        }

        if (!order.IsOpen)
        {
            return FakeReply.Error(422, "order is not cancelable", 42210000);
        }

        foreach (var o in new[] { order }.Concat(order.Legs))
        {
            o.Status = "canceled";
        }

        return new FakeReply(204, null);
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
        var price = BehaviourOf(p.Key).Price;
        return (JsonNode)new JsonObject
        {
            ["symbol"] = p.Key,
            ["asset_class"] = "us_equity",
            ["side"] = p.Value >= 0m ? "long" : "short",
            ["qty"] = FakeOrderState.Text(p.Value),
            ["qty_available"] = FakeOrderState.Text(Available(p.Key)),
            ["current_price"] = FakeOrderState.Text(price),
            ["market_value"] = FakeOrderState.Text(Math.Round(p.Value * price, 2)),
            ["avg_entry_price"] = FakeOrderState.Text(price),
        };
    })]);

    private FakeSymbolBehaviour BehaviourOf(string symbol) =>
        Symbols.TryGetValue(symbol, out var behaviour) ? behaviour : new FakeSymbolBehaviour(100m);

    private IEnumerable<FakeOrderState> All() => _orders.SelectMany(o => new[] { o }.Concat(o.Legs));

    private FakeOrderState? Find(Func<FakeOrderState, bool> match) => All().FirstOrDefault(match);

    private decimal BuyingPower() =>
        Cash - _orders.Where(o => o.IsOpen && o.Side == "buy").Sum(o => (o.Notional ?? (o.Qty ?? 0m) * BehaviourOf(o.Symbol).Price) - o.FilledQty * (o.FilledAvgPrice ?? 0m));

    /// <summary>Shares not reserved by open sells; an OCO pair reserves its shares once.</summary>
    private decimal Available(string symbol) =>
        PositionOf(symbol) - _orders.Where(o => o.IsOpen && o.Side == "sell" && o.Symbol == symbol)
            .Sum(o => (o.Qty ?? o.Notional!.Value / BehaviourOf(symbol).Price) - o.FilledQty);

    private FakeOrderState Create(FakeOrderRequest request)
    {
        var now = timeProvider.GetUtcNow();
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
            StopPrice = request.OrderClass == "oco" ? null : request.StopPrice,
            CreatedAt = now,
        };
        if (request.OrderClass == "oco")
        {
            order.Legs.Add(new FakeOrderState
            {
                Id = NextId(),
                ClientOrderId = Guid.NewGuid().ToString(),
                Symbol = request.Symbol,
                Side = request.Side,
                Type = "stop",
                TimeInForce = request.TimeInForce,
                OrderClass = "oco",
                Qty = request.Qty,
                StopPrice = request.StopLoss,
                CreatedAt = now,
                Parent = order,
            });
        }

        _orders.Add(order);
        return order;
    }

    private void Start(FakeOrderState order, FakeSymbolBehaviour behaviour)
    {
        switch (behaviour.Mode)
        {
            case FakeFillMode.Immediate:
                FillTo(order, behaviour, behaviour.FillRatio);
                order.Status = behaviour.FillRatio >= 1m ? "filled" : "partially_filled";
                break;
            case FakeFillMode.Progressive:
                order.Status = "accepted";
                break;
            case FakeFillMode.RejectAfterAccept:
                order.Status = "rejected";
                break;
            default:
                order.Status = "new";
                break;
        }
    }

    private FakeOrderState Advance(FakeOrderState order)
    {
        if (order.Parent is not null || !order.IsOpen || order.Type != "market" || BehaviourOf(order.Symbol) is not { Mode: FakeFillMode.Progressive } behaviour)
        {
            return order;
        }

        order.Step++;
        if (order.Step == 1)
        {
            FillTo(order, behaviour, behaviour.FillRatio / 2m);
            order.Status = "partially_filled";
        }
        else
        {
            FillTo(order, behaviour, behaviour.FillRatio);
            order.Status = behaviour.FillRatio >= 1m ? "filled" : "canceled";
        }

        return order;
    }

    private void FillTo(FakeOrderState order, FakeSymbolBehaviour behaviour, decimal ratio)
    {
        var total = order.Qty ?? Math.Round(order.Notional!.Value / behaviour.Price, 9, MidpointRounding.ToZero);
        var target = Math.Round(total * ratio, 9, MidpointRounding.ToZero);
        var increment = target - order.FilledQty;
        if (increment <= 0m)
        {
            return;
        }

        var sign = order.Side == "buy" ? 1m : -1m;
        Cash -= sign * increment * behaviour.Price;
        SetPosition(order.Symbol, PositionOf(order.Symbol) + (sign * increment));
        order.FilledQty = target;
        order.FilledAvgPrice = behaviour.Price;
        order.FilledAt = timeProvider.GetUtcNow();
    }

    private string NextId() => $"00000000-0000-4000-8000-{++_nextId:D12}";

    private static FakeReply Invalid(string message) => FakeReply.Error(422, message, 40010001);

    private static FakeReply NotFound() => FakeReply.Error(404, "order not found", 40410000);

    private FakeReply InsufficientQty(string symbol, decimal requested)
    {
        var available = Available(symbol);
        var body = new JsonObject
        {
            ["available"] = FakeOrderState.Text(available),
            ["code"] = 40310000,
            ["existing_qty"] = FakeOrderState.Text(PositionOf(symbol)),
            ["held_for_orders"] = FakeOrderState.Text(PositionOf(symbol) - available),
            ["message"] = string.Create(CultureInfo.InvariantCulture, $"insufficient qty available for order (requested: {FakeOrderState.Text(requested)}, available: {FakeOrderState.Text(available)})"),
            ["symbol"] = symbol,
        };
        return new FakeReply(403, body);
    }
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PortfolioOrchestrator.Testing.Alpaca;

/// <summary>A <c>POST /v2/orders</c> body as Alpaca reads it, with Alpaca's validation rules.</summary>
internal sealed record FakeOrderRequest(
    string Symbol,
    string Side,
    string Type,
    string TimeInForce,
    string OrderClass,
    string ClientOrderId,
    decimal? Qty,
    decimal? Notional,
    decimal? LimitPrice,
    decimal? StopPrice,
    decimal? TakeProfit,
    decimal? StopLoss)
{
    /// <summary>A market order opens or closes a position at once; the fake's fill behaviour applies to it.</summary>
    public bool IsEntry => Type == "market";

    public static FakeOrderRequest? Read(JsonObject body, out string? problem)
    {
        problem = null;
        try
        {
            var symbol = Text(body, "symbol");
            var side = Text(body, "side");
            var type = Text(body, "type") ?? Text(body, "order_type");
            var tif = Text(body, "time_in_force");
            if (symbol is null || side is null || type is null || tif is null)
            {
                problem = "symbol, side, type and time_in_force are required";
                return null;
            }

            if (side is not ("buy" or "sell"))
            {
                problem = "invalid side";
                return null;
            }

            return new FakeOrderRequest(
                symbol.ToUpperInvariant(),
                side,
                type,
                tif,
                Text(body, "order_class") is { Length: > 0 } orderClass ? orderClass : "simple",
                Text(body, "client_order_id") ?? Guid.NewGuid().ToString(),
                Number(body["qty"]),
                Number(body["notional"]),
                Number(body["limit_price"]),
                Number(body["stop_price"]),
                Number(body["take_profit"]?["limit_price"]),
                Number(body["stop_loss"]?["stop_price"]));
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException or JsonException)
        {
            problem = "invalid number: " + ex.Message;
            return null;
        }
    }

    /// <summary>Alpaca's rules; null when the order may be accepted.</summary>
    public string? Validate()
    {
        if (Qty is null == Notional is null)
        {
            return "exactly one of qty or notional is required";
        }

        if (Qty <= 0m || Notional <= 0m)
        {
            return "qty and notional must be positive";
        }

        if (Type is not ("market" or "limit" or "stop" or "stop_limit"))
        {
            return "invalid order type";
        }

        if (TimeInForce is not ("day" or "gtc" or "opg" or "cls" or "ioc" or "fok"))
        {
            return "invalid time_in_force";
        }

        if (Notional is not null && (Type != "market" || TimeInForce != "day" || OrderClass != "simple"))
        {
            return "notional orders are only supported for market orders with time_in_force day";
        }

        if (Qty is { } qty && qty != decimal.Floor(qty) && (Type != "market" || TimeInForce != "day" || OrderClass != "simple"))
        {
            return "fractional orders are only supported for simple market orders with time_in_force day";
        }

        return OrderClass switch
        {
            "simple" => ValidateSimple(),
            "oco" => ValidateOco(),
            "bracket" => ValidateBracket(),
            _ => "unsupported order_class",
        };
    }

    /// <summary>
    /// Alpaca's minimum price variance: a price of $1.00 or more has at most 2 decimals, below $1.00 at most 4
    /// (422, code 42210000). Null when every price passes.
    /// </summary>
    public string? SubPennyViolation()
    {
        foreach (var (name, price) in new[] { ("limit_price", LimitPrice), ("stop_price", StopPrice), ("take_profit.limit_price", TakeProfit), ("stop_loss.stop_price", StopLoss) })
        {
            if (price is { } p && Math.Round(p, p >= 1m ? 2 : 4) != p)
            {
                return string.Create(CultureInfo.InvariantCulture, $"invalid {name} {p}. sub-penny increment does not fulfill minimum pricing criteria");
            }
        }

        return null;
    }

    /// <summary>Whether the order asks for a fraction of a share (by notional, or a fractional quantity).</summary>
    public bool IsFractional => Notional is not null || (Qty is { } qty && qty != decimal.Floor(qty));

    private string? ValidateSimple() => Type switch
    {
        "limit" when LimitPrice is null => "limit_price is required for limit orders",
        "stop" when StopPrice is null => "stop_price is required for stop orders",
        "stop_limit" when LimitPrice is null || StopPrice is null => "stop_price and limit_price are required for stop_limit orders",
        _ => null,
    };

    private string? ValidateOco()
    {
        if (Type != "limit" || TimeInForce is not ("day" or "gtc"))
        {
            return "oco orders must be limit orders with time_in_force day or gtc";
        }

        if (TakeProfit is not { } takeProfit || StopLoss is not { } stopLoss)
        {
            return "oco orders require take_profit.limit_price and stop_loss.stop_price";
        }

        if (Side == "sell" ? takeProfit <= stopLoss : takeProfit >= stopLoss)
        {
            return string.Create(CultureInfo.InvariantCulture, $"take_profit.limit_price must be {(Side == "sell" ? ">" : "<")} stop_loss.stop_price");
        }

        return null;
    }

    private string? ValidateBracket()
    {
        if (Type is not ("market" or "limit") || TimeInForce is not ("day" or "gtc"))
        {
            return "bracket orders must be market or limit orders with time_in_force day or gtc";
        }

        if (TakeProfit is not { } takeProfit || StopLoss is not { } stopLoss)
        {
            return "bracket orders require take_profit.limit_price and stop_loss.stop_price";
        }

        return (Side == "buy" ? takeProfit <= stopLoss : takeProfit >= stopLoss)
            ? string.Create(CultureInfo.InvariantCulture, $"take_profit.limit_price must be {(Side == "buy" ? ">" : "<")} stop_loss.stop_price")
            : null;
    }

    private static string? Text(JsonObject body, string name) => body[name]?.GetValue<string>();

    private static decimal? Number(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture),
        JsonValue value => value.GetValue<decimal>(),
        _ => throw new FormatException("not a number"),
    };
}

using System.Globalization;
using System.Text.Json.Nodes;

namespace PortfolioOrchestrator.Testing.Alpaca;

/// <summary>
/// Alpaca's refusals of an order that is well formed: a blocked account, an asset it will not trade or
/// not in fractions, a potential wash trade against our own open orders, buying power, and shares
/// already reserved by open sells. Each answers with Alpaca's status, code and message.
/// </summary>
internal sealed class FakeOrderRules(FakeAlpacaVenue venue)
{
    public FakeReply? Refusal(FakeOrderRequest request, FakeSymbolBehaviour behaviour)
    {
        if (venue.TradingBlocked)
        {
            return FakeReply.Error(403, "trading is blocked for this account", 40310000);
        }

        if (request.IsEntry && behaviour.Mode == FakeFillMode.Reject)
        {
            return FakeReply.Error(403, behaviour.RejectMessage, 40310000);
        }

        if (request.IsFractional && !behaviour.Fractionable)
        {
            return FakeReply.Error(422, $"asset \"{request.Symbol}\" is not fractionable", 40010001);
        }

        if (WouldWash(request))
        {
            return FakeReply.Error(403, "potential wash trade detected. use complex orders", 40310000);
        }

        var shares = request.Qty ?? request.Notional!.Value / behaviour.Price;
        if (request.Side == "buy" && shares * (request.LimitPrice ?? behaviour.Price) > venue.BuyingPower())
        {
            return FakeReply.Error(403, "insufficient buying power", 40310000);
        }

        return request.Side == "sell" && request.OrderClass != "bracket" && shares > venue.Available(request.Symbol)
            ? InsufficientQty(request.Symbol, shares)
            : null;
    }

    /// <summary>
    /// Alpaca refuses an order that could fill against an open order of ours on the other side: a market
    /// order against any opposite market or limit order, a limit order against an opposite market order or
    /// an opposite limit it crosses. Held legs and stops wait at Alpaca and do not count.
    /// </summary>
    private bool WouldWash(FakeOrderRequest request)
    {
        if (request.Type is not ("market" or "limit"))
        {
            return false;
        }

        var entryLimit = request.OrderClass == "oco" ? request.TakeProfit : request.LimitPrice;
        return venue.OpenOrders(request.Symbol)
            .Where(o => o.Side != request.Side && o.Status != "held" && o.Type is "market" or "limit")
            .Any(o => request.Type == "market" || o.Type == "market"
                || (request.Type == "limit" && (request.Side == "buy" ? entryLimit >= o.LimitPrice : entryLimit <= o.LimitPrice)));
    }

    private FakeReply InsufficientQty(string symbol, decimal requested)
    {
        var available = venue.Available(symbol);
        var held = venue.PositionOf(symbol) - available;
        var body = new JsonObject
        {
            ["available"] = FakeOrderState.Text(available),
            ["code"] = 40310000,
            ["existing_qty"] = FakeOrderState.Text(venue.PositionOf(symbol)),
            ["held_for_orders"] = FakeOrderState.Text(held),
            ["message"] = string.Create(CultureInfo.InvariantCulture, $"insufficient qty available for order (requested: {FakeOrderState.Text(requested)}, available: {FakeOrderState.Text(available)})"),
            ["symbol"] = symbol,
        };
        return new FakeReply(403, body);
    }
}

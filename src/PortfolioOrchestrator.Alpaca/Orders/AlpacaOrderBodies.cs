using System.Text.Json.Nodes;
using PortfolioOrchestrator.Alpaca.Json;
using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Alpaca.Orders;

/// <summary>The JSON bodies of <c>POST /v2/orders</c> this adapter sends. Prices go out rounded to cents (Alpaca refuses sub-penny prices above $1).</summary>
internal static class AlpacaOrderBodies
{
    /// <summary>STEP 3C's entry: a day market order for a dollar amount (notional orders must be market and day).</summary>
    public static string MarketNotional(OrderRequest request) => new JsonObject
    {
        ["symbol"] = request.Ticker.Value,
        ["notional"] = AlpacaJson.Number(request.Notional.RoundToCents().Dollars),
        ["side"] = Side(request.Side),
        ["type"] = "market",
        ["time_in_force"] = "day",
        ["client_order_id"] = request.ClientOrderId.Value,
    }.ToJsonString();

    /// <summary>STEP 3C's entry for an asset Alpaca does not trade in fractions: a day market order for whole shares.</summary>
    public static string MarketShares(OrderRequest request, decimal shares) => new JsonObject
    {
        ["symbol"] = request.Ticker.Value,
        ["qty"] = AlpacaJson.Number(shares),
        ["side"] = Side(request.Side),
        ["type"] = "market",
        ["time_in_force"] = "day",
        ["client_order_id"] = request.ClientOrderId.Value,
    }.ToJsonString();

    /// <summary>A take-profit limit and a stop-loss for the same whole shares; one filling cancels the other.</summary>
    public static string Oco(ClientOrderId id, Ticker ticker, decimal shares, Money takeProfit, Money stop) => new JsonObject
    {
        ["symbol"] = ticker.Value,
        ["qty"] = AlpacaJson.Number(shares),
        ["side"] = "sell",
        ["type"] = "limit",
        ["time_in_force"] = "gtc",
        ["order_class"] = "oco",
        ["take_profit"] = new JsonObject { ["limit_price"] = Price(takeProfit) },
        ["stop_loss"] = new JsonObject { ["stop_price"] = Price(stop) },
        ["client_order_id"] = id.Value,
    }.ToJsonString();

    public static string Stop(ClientOrderId id, Ticker ticker, decimal shares, Money stop) => new JsonObject
    {
        ["symbol"] = ticker.Value,
        ["qty"] = AlpacaJson.Number(shares),
        ["side"] = "sell",
        ["type"] = "stop",
        ["time_in_force"] = "gtc",
        ["stop_price"] = Price(stop),
        ["client_order_id"] = id.Value,
    }.ToJsonString();

    public static string Limit(ClientOrderId id, Ticker ticker, decimal shares, Money limit) => new JsonObject
    {
        ["symbol"] = ticker.Value,
        ["qty"] = AlpacaJson.Number(shares),
        ["side"] = "sell",
        ["type"] = "limit",
        ["time_in_force"] = "gtc",
        ["limit_price"] = Price(limit),
        ["client_order_id"] = id.Value,
    }.ToJsonString();

    private static string Side(OrderSide side) => side == OrderSide.Buy ? "buy" : "sell";

    private static string Price(Money price) =>
        AlpacaJson.Number(price.Dollars >= 1m ? price.RoundToCents().Dollars : Math.Round(price.Dollars, 4, MidpointRounding.AwayFromZero));
}

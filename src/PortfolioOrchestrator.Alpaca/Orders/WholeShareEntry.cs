using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Alpaca.Orders;

/// <summary>
/// An entry for an asset Alpaca does not trade in fractions (CONTRACT §9): the notional's quantity at the
/// reference price, rounded down to whole shares. The rest of the notional is not spent.
/// </summary>
internal static class WholeShareEntry
{
    /// <summary>Whole shares the request's notional buys (or sells) at its reference price; 0 when no price is known.</summary>
    public static decimal Shares(OrderRequest request) => request.ReferencePrice.IsPositive
        ? Math.Floor(request.Notional.Dollars / request.ReferencePrice.Dollars)
        : 0m;

    /// <summary>What the report says of an entry sent in whole shares.</summary>
    public static string Note(OrderRequest request, decimal shares)
    {
        var spent = (request.ReferencePrice * shares).RoundToCents();
        return $"{request.Ticker} is not fractionable at Alpaca: sent as a market order for {shares:0} whole share{(shares == 1m ? string.Empty : "s")} "
            + $"(about {spent} at {request.ReferencePrice} of {request.Notional.RoundToCents()}); the rest, about {(request.Notional - spent).RoundToCents()}, is unspent";
    }

    /// <summary>Why an entry whose notional buys no whole share is not sent.</summary>
    public static string NoWholeShare(OrderRequest request) => request.ReferencePrice.IsPositive
        ? $"{request.Ticker} is not fractionable at Alpaca and {request.Notional.RoundToCents()} does not reach one whole share at {request.ReferencePrice}; not sent"
        : $"{request.Ticker} is not fractionable at Alpaca and no price is known to size it in whole shares; not sent";
}

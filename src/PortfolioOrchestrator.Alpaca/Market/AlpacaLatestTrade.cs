using PortfolioOrchestrator.Alpaca.Http;
using PortfolioOrchestrator.Alpaca.Json;
using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Alpaca.Market;

/// <summary>
/// The market price at submission (CONTRACT Resolution 22 and §9): the price of the latest trade from
/// Alpaca's market data API, <c>GET /v2/stocks/{symbol}/trades/latest</c>, read once with a short timeout.
/// Unreachable, refused, unreadable or not a positive price → null; never a failure.
/// </summary>
internal static class AlpacaLatestTrade
{
    /// <summary>The latest trade's price in dollars per share, or null.</summary>
    public static async Task<Money?> PriceAsync(AlpacaConnection connection, Ticker ticker, CancellationToken cancellationToken)
    {
        var call = await connection.GetMarketDataOnceAsync(
            "v2/stocks/" + Uri.EscapeDataString(ticker.Value) + "/trades/latest", cancellationToken).ConfigureAwait(false);
        if (call.Kind != AlpacaCallKind.Success)
        {
            return null;
        }

        var answer = AlpacaJson.TryRead<AlpacaLatestTradeDto>(call.Body);
        var symbolMatches = answer?.Symbol is null || string.Equals(answer.Symbol, ticker.Value, StringComparison.OrdinalIgnoreCase);
        return symbolMatches && answer?.Trade?.Price is { } price && price > 0m ? Money.FromDollars(price) : null;
    }
}

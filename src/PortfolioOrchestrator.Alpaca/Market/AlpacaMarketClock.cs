using PortfolioOrchestrator.Alpaca.Http;
using PortfolioOrchestrator.Alpaca.Json;

namespace PortfolioOrchestrator.Alpaca.Market;

/// <summary>
/// <c>GET /v2/clock</c>, so the command line can refuse to trade while the
/// market is closed and say when it opens.
/// </summary>
public sealed class AlpacaMarketClock(AlpacaConnection connection)
{
    public async Task<MarketAnswer<MarketStatus>> GetStatusAsync(CancellationToken cancellationToken)
    {
        var call = await connection.GetAsync("v2/clock", cancellationToken).ConfigureAwait(false);
        if (call.Kind != AlpacaCallKind.Success)
        {
            return MarketAnswer<MarketStatus>.Unknown("could not read Alpaca's market clock: " + call.Message);
        }

        var clock = AlpacaJson.TryRead<AlpacaClockDto>(call.Body);
        return clock is { IsOpen: { } isOpen, Timestamp: { } now, NextOpen: { } nextOpen, NextClose: { } nextClose }
            ? MarketAnswer<MarketStatus>.Known(new MarketStatus(isOpen, now, nextOpen, nextClose))
            : MarketAnswer<MarketStatus>.Unknown("Alpaca's market clock could not be read");
    }
}

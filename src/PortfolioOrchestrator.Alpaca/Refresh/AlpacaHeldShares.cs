using PortfolioOrchestrator.Alpaca.Http;
using PortfolioOrchestrator.Alpaca.Json;
using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Alpaca.Refresh;

/// <summary>
/// The shares of one symbol the account holds, from <c>GET /v2/positions</c> (one key is one account): 0 when
/// Alpaca lists no position of it, null when the answer is missing or unreadable (STEP 8 tracking).
/// </summary>
internal static class AlpacaHeldShares
{
    public static async Task<decimal?> ReadAsync(AlpacaConnection connection, Ticker ticker, CancellationToken cancellationToken)
    {
        var call = await connection.GetAsync("v2/positions", cancellationToken).ConfigureAwait(false);
        var positions = call.Kind == AlpacaCallKind.Success ? AlpacaJson.TryRead<List<AlpacaPositionDto>>(call.Body) : null;
        if (positions is null || positions.Any(p => p.Symbol is null || p.Qty is null))
        {
            return null;
        }

        return positions.Where(p => string.Equals(p.Symbol, ticker.Value, StringComparison.OrdinalIgnoreCase)).Sum(p => p.Qty!.Value);
    }
}

using System.Collections.Concurrent;
using PortfolioOrchestrator.Alpaca.Http;
using PortfolioOrchestrator.Alpaca.Json;
using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Alpaca.Assets;

/// <summary>
/// Whether Alpaca trades a symbol in fractions (<c>GET /v2/assets/{symbol}</c>, CONTRACT §9), asked once
/// per symbol for the life of the broker (one run) and cached. An answer that cannot be read is not
/// cached and counts as fractionable: the entry goes out by notional as usual, and Alpaca's own refusal,
/// if it comes, is the outcome.
/// </summary>
internal sealed class AlpacaAssets(AlpacaConnection connection)
{
    private readonly ConcurrentDictionary<string, bool> _fractionable = new(StringComparer.Ordinal);

    public async Task<bool> IsFractionableAsync(Ticker ticker, CancellationToken cancellationToken)
    {
        if (_fractionable.TryGetValue(ticker.Value, out var known))
        {
            return known;
        }

        var call = await connection.GetAsync("v2/assets/" + Uri.EscapeDataString(ticker.Value), cancellationToken).ConfigureAwait(false);
        var asset = call.Kind == AlpacaCallKind.Success ? AlpacaJson.TryRead<AlpacaAssetDto>(call.Body) : null;
        if (asset?.Fractionable is not { } fractionable)
        {
            return true;
        }

        _fractionable[ticker.Value] = fractionable;
        return fractionable;
    }
}

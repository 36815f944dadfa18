namespace PortfolioOrchestrator.Alpaca.Streaming;

/// <summary>
/// Where the <c>trade_updates</c> stream is for a Trading API root, as Alpaca's SDKs derive it: the same host
/// under <c>/stream</c>, <c>https</c> becoming <c>wss</c> (and plain <c>http</c>, for a loopback test server, <c>ws</c>).
/// <c>https://paper-api.alpaca.markets/</c> → <c>wss://paper-api.alpaca.markets/stream</c>.
/// </summary>
public static class AlpacaStreamEndpoint
{
    public static Uri For(Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        var builder = new UriBuilder(baseUrl)
        {
            Scheme = string.Equals(baseUrl.Scheme, Uri.UriSchemeHttps, StringComparison.OrdinalIgnoreCase) ? "wss" : "ws",
            Path = baseUrl.AbsolutePath.TrimEnd('/') + "/stream",
            Query = string.Empty,
        };
        if (baseUrl.IsDefaultPort)
        {
            builder.Port = -1;
        }

        return builder.Uri;
    }
}

namespace PortfolioOrchestrator.Alpaca.Configuration;

/// <summary>
/// Where and as whom to talk to Alpaca. The key id and secret are never part of <see cref="ToString"/>,
/// of any message or of any exception this adapter produces.
/// </summary>
public sealed class AlpacaOptions
{
    public AlpacaOptions(string keyId, string secretKey, Uri baseUrl, Uri? dataUrl = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(keyId);
        ArgumentException.ThrowIfNullOrWhiteSpace(secretKey);
        ArgumentNullException.ThrowIfNull(baseUrl);
        KeyId = keyId;
        SecretKey = secretKey;
        BaseUrl = baseUrl;
        DataUrl = dataUrl ?? AlpacaEndpoints.MarketData;
    }

    public string KeyId { get; }

    public string SecretKey { get; }

    /// <summary>The API root, ending in a slash (<c>https://paper-api.alpaca.markets/</c>); paths start with <c>v2/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The market data API's root, ending in a slash (<c>https://data.alpaca.markets/</c>); paths start with <c>v2/</c>.</summary>
    public Uri DataUrl { get; }

    /// <summary>Whether <see cref="BaseUrl"/> trades real money.</summary>
    public bool IsLive => AlpacaEndpoints.IsLive(BaseUrl);

    /// <summary>
    /// Reads <c>APCA_API_KEY_ID</c>, <c>APCA_API_SECRET_KEY</c>, <c>APCA_API_BASE_URL</c> (default: the paper endpoint)
    /// and <c>APCA_API_DATA_URL</c> (default: Alpaca's market data endpoint).
    /// The live endpoint is accepted only when <paramref name="live"/> is true.
    /// </summary>
    public static AlpacaOptionsResult FromEnvironment(IReadOnlyDictionary<string, string?> env, bool live) =>
        AlpacaOptionsReader.Read(env, live);

    /// <summary>Removes the key id and secret from a text that might have picked them up.</summary>
    public string Scrub(string text) => SecretScrubber.Scrub(text, KeyId, SecretKey);

    public override string ToString() => $"Alpaca at {BaseUrl} ({(IsLive ? "live" : "paper")}; keys redacted)";
}

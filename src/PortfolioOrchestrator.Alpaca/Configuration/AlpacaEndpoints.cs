namespace PortfolioOrchestrator.Alpaca.Configuration;

/// <summary>Alpaca's two trading endpoints and the environment variables its own SDKs read.</summary>
public static class AlpacaEndpoints
{
    public const string KeyIdVariable = "APCA_API_KEY_ID";

    public const string SecretKeyVariable = "APCA_API_SECRET_KEY";

    public const string BaseUrlVariable = "APCA_API_BASE_URL";

    public static readonly Uri Paper = new("https://paper-api.alpaca.markets/");

    public static readonly Uri Live = new("https://api.alpaca.markets/");

    /// <summary>Whether <paramref name="baseUrl"/> is the endpoint that trades real money.</summary>
    public static bool IsLive(Uri baseUrl) =>
        string.Equals(baseUrl.Host, Live.Host, StringComparison.OrdinalIgnoreCase);
}

namespace PortfolioOrchestrator.Alpaca.Configuration;

/// <summary>Alpaca's two trading endpoints and the environment variables its own SDKs read.</summary>
public static class AlpacaEndpoints
{
    public const string KeyIdVariable = "APCA_API_KEY_ID";

    public const string SecretKeyVariable = "APCA_API_SECRET_KEY";

    public const string BaseUrlVariable = "APCA_API_BASE_URL";

    /// <summary>Where Alpaca's market data API is (CONTRACT §9), as its SDKs name it.</summary>
    public const string DataUrlVariable = "APCA_API_DATA_URL";

    public static readonly Uri Paper = new("https://paper-api.alpaca.markets/");

    public static readonly Uri Live = new("https://api.alpaca.markets/");

    /// <summary>Alpaca's market data API, the same for paper and live keys.</summary>
    public static readonly Uri MarketData = new("https://data.alpaca.markets/");

    /// <summary>Whether <paramref name="baseUrl"/> is the endpoint that trades real money.</summary>
    public static bool IsLive(Uri baseUrl) =>
        string.Equals(baseUrl.Host, Live.Host, StringComparison.OrdinalIgnoreCase);
}

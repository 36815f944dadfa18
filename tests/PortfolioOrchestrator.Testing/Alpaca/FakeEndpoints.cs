namespace PortfolioOrchestrator.Testing.Alpaca;

/// <summary>Names the fake's endpoints the way Alpaca's reference does, with placeholders for ids and symbols.</summary>
internal static class FakeEndpoints
{
    public const string Stream = "/stream";

    public static string Of(string path) => path switch
    {
        _ when path.StartsWith("/v2/orders/", StringComparison.Ordinal) => "/v2/orders/{id}",
        _ when path.StartsWith("/v2/assets/", StringComparison.Ordinal) => "/v2/assets/{symbol}",
        _ when IsMarketData(path) => "/v2/stocks/{symbol}/trades/latest",
        _ => path,
    };

    public static bool IsMarketData(string path) =>
        path.StartsWith("/v2/stocks/", StringComparison.Ordinal) && path.EndsWith("/trades/latest", StringComparison.Ordinal);

    public static bool IsStream(string path) => path == Stream;
}

namespace PortfolioOrchestrator.Alpaca.Configuration;

/// <summary>Turns the process environment into <see cref="AlpacaOptions"/>, refusing what would surprise a user.</summary>
internal static class AlpacaOptionsReader
{
    public static AlpacaOptionsResult Read(IReadOnlyDictionary<string, string?> env, bool live)
    {
        ArgumentNullException.ThrowIfNull(env);
        var keyId = Value(env, AlpacaEndpoints.KeyIdVariable);
        var secret = Value(env, AlpacaEndpoints.SecretKeyVariable);
        var missing = new[] { (AlpacaEndpoints.KeyIdVariable, keyId), (AlpacaEndpoints.SecretKeyVariable, secret) }
            .Where(pair => pair.Item2 is null)
            .Select(pair => pair.Item1)
            .ToList();
        if (missing.Count > 0)
        {
            return AlpacaOptionsResult.Failure(
                $"--broker alpaca needs the environment variables {AlpacaEndpoints.KeyIdVariable} and {AlpacaEndpoints.SecretKeyVariable} " +
                $"(missing: {string.Join(", ", missing)}). Nothing was sent.");
        }

        var baseUrl = ParseUrl(Value(env, AlpacaEndpoints.BaseUrlVariable), AlpacaEndpoints.BaseUrlVariable, AlpacaEndpoints.Paper, out var urlError);
        if (baseUrl is null)
        {
            return AlpacaOptionsResult.Failure(urlError!);
        }

        if (AlpacaEndpoints.IsLive(baseUrl) && !live)
        {
            return AlpacaOptionsResult.Failure(
                $"{AlpacaEndpoints.BaseUrlVariable} is Alpaca's live endpoint ({AlpacaEndpoints.Live}), which trades real money, " +
                $"and live trading was not enabled. Use {AlpacaEndpoints.Paper} for a paper account. Nothing was sent.");
        }

        var dataUrl = ParseUrl(Value(env, AlpacaEndpoints.DataUrlVariable), AlpacaEndpoints.DataUrlVariable, AlpacaEndpoints.MarketData, out var dataUrlError);
        if (dataUrl is null)
        {
            return AlpacaOptionsResult.Failure(dataUrlError!);
        }

        return AlpacaOptionsResult.Success(new AlpacaOptions(keyId!, secret!, baseUrl, dataUrl));
    }

    private static string? Value(IReadOnlyDictionary<string, string?> env, string name) =>
        env.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>An API root from <paramref name="variable"/>'s <paramref name="text"/>, or <paramref name="fallback"/> when it is not set.</summary>
    private static Uri? ParseUrl(string? text, string variable, Uri fallback, out string? error)
    {
        error = null;
        if (text is null)
        {
            return fallback;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            error = $"{variable} must be an absolute https URL such as {fallback}; got '{text}'. Nothing was sent.";
            return null;
        }

        // Plain http would send the keys in the clear; only a local test server may use it.
        if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback)
        {
            error = $"{variable} must use https (the keys travel in headers); got '{text}'. Nothing was sent.";
            return null;
        }

        // Alpaca's SDKs take the root without /v2; accept either spelling.
        var path = uri.AbsolutePath.TrimEnd('/');
        if (path.EndsWith("/v2", StringComparison.OrdinalIgnoreCase))
        {
            path = path[..^3];
        }

        return new UriBuilder(uri) { Path = path + "/", Query = string.Empty, Fragment = string.Empty }.Uri;
    }
}

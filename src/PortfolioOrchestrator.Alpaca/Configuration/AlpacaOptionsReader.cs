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

        var baseUrl = ParseBaseUrl(Value(env, AlpacaEndpoints.BaseUrlVariable), out var urlError);
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

        return AlpacaOptionsResult.Success(new AlpacaOptions(keyId!, secret!, baseUrl));
    }

    private static string? Value(IReadOnlyDictionary<string, string?> env, string name) =>
        env.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static Uri? ParseBaseUrl(string? text, out string? error)
    {
        error = null;
        if (text is null)
        {
            return AlpacaEndpoints.Paper;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            error = $"{AlpacaEndpoints.BaseUrlVariable} must be an absolute https URL such as {AlpacaEndpoints.Paper}; got '{text}'. Nothing was sent.";
            return null;
        }

        // Plain http would send the keys in the clear; only a local test server may use it.
        if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback)
        {
            error = $"{AlpacaEndpoints.BaseUrlVariable} must use https (the keys travel in headers); got '{text}'. Nothing was sent.";
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

namespace PortfolioOrchestrator.Alpaca.Configuration;

/// <summary>Replaces any occurrence of a secret in a text: no message leaves this adapter carrying a key.</summary>
internal static class SecretScrubber
{
    public const string Mask = "[redacted]";

    public static string Scrub(string text, params string[] secrets)
    {
        var result = text;
        foreach (var secret in secrets)
        {
            if (!string.IsNullOrEmpty(secret))
            {
                result = result.Replace(secret, Mask, StringComparison.Ordinal);
            }
        }

        return result;
    }
}

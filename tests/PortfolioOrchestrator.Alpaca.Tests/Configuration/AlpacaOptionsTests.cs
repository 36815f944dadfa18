using PortfolioOrchestrator.Alpaca.Configuration;

namespace PortfolioOrchestrator.Alpaca.Tests.Configuration;

public sealed class AlpacaOptionsTests
{
    private const string KeyId = "PKOPTIONSKEY123";
    private const string Secret = "optionsSecretValue987";

    private static Dictionary<string, string?> Env(string? keyId = KeyId, string? secret = Secret, string? url = null) => new()
    {
        ["APCA_API_KEY_ID"] = keyId,
        ["APCA_API_SECRET_KEY"] = secret,
        ["APCA_API_BASE_URL"] = url,
    };

    [Theory]
    [InlineData(null, Secret, "APCA_API_KEY_ID")]
    [InlineData(KeyId, null, "APCA_API_SECRET_KEY")]
    [InlineData("  ", "", "APCA_API_KEY_ID, APCA_API_SECRET_KEY")]
    public void Missing_keys_are_an_error_naming_the_variables(string? keyId, string? secret, string missing)
    {
        var result = AlpacaOptions.FromEnvironment(Env(keyId, secret), live: false);

        Assert.False(result.IsSuccess);
        Assert.Contains("missing: " + missing, result.Error);
        Assert.Contains("Nothing was sent", result.Error);
    }

    [Fact]
    public void An_empty_environment_is_an_error()
    {
        var result = AlpacaOptions.FromEnvironment(new Dictionary<string, string?>(), live: false);

        Assert.False(result.IsSuccess);
    }

    [Fact]
    public void Base_url_defaults_to_the_paper_endpoint()
    {
        var result = AlpacaOptions.FromEnvironment(Env(), live: false);

        Assert.True(result.IsSuccess);
        Assert.Equal(new Uri("https://paper-api.alpaca.markets/"), result.Options.BaseUrl);
        Assert.False(result.Options.IsLive);
    }

    [Theory]
    [InlineData("https://api.alpaca.markets")]
    [InlineData("https://API.alpaca.markets/v2")]
    public void Live_endpoint_is_refused_unless_live_trading_is_enabled(string url)
    {
        var result = AlpacaOptions.FromEnvironment(Env(url: url), live: false);

        Assert.False(result.IsSuccess);
        Assert.Contains("live", result.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Nothing was sent", result.Error);
    }

    [Fact]
    public void Live_endpoint_is_accepted_when_live_trading_is_enabled()
    {
        var result = AlpacaOptions.FromEnvironment(Env(url: "https://api.alpaca.markets"), live: true);

        Assert.True(result.IsSuccess);
        Assert.True(result.Options.IsLive);
    }

    [Fact]
    public void Paper_endpoint_with_live_enabled_is_fine()
    {
        var result = AlpacaOptions.FromEnvironment(Env(url: "https://paper-api.alpaca.markets"), live: true);

        Assert.True(result.IsSuccess);
        Assert.False(result.Options.IsLive);
    }

    [Fact]
    public void A_trailing_v2_is_dropped_from_the_base_url()
    {
        var result = AlpacaOptions.FromEnvironment(Env(url: "https://paper-api.alpaca.markets/v2/"), live: false);

        Assert.Equal(new Uri("https://paper-api.alpaca.markets/"), result.Options!.BaseUrl);
    }

    [Theory]
    [InlineData("http://paper-api.alpaca.markets")]
    [InlineData("not a url")]
    [InlineData("ftp://paper-api.alpaca.markets")]
    public void Unsafe_or_malformed_base_urls_are_refused(string url)
    {
        var result = AlpacaOptions.FromEnvironment(Env(url: url), live: false);

        Assert.False(result.IsSuccess);
        Assert.Contains("APCA_API_BASE_URL", result.Error);
    }

    [Fact]
    public void Plain_http_is_allowed_on_the_loopback_address()
    {
        var result = AlpacaOptions.FromEnvironment(Env(url: "http://127.0.0.1:5123"), live: false);

        Assert.True(result.IsSuccess);
    }

    [Fact]
    public void Neither_options_nor_results_show_the_keys()
    {
        var texts = new[]
        {
            AlpacaOptions.FromEnvironment(Env(), live: false).ToString(),
            AlpacaOptions.FromEnvironment(Env(), live: false).Options!.ToString(),
            AlpacaOptions.FromEnvironment(Env(url: "https://api.alpaca.markets"), live: false).ToString(),
            AlpacaOptions.FromEnvironment(Env(url: "http://example.com"), live: false).ToString(),
            AlpacaOptions.FromEnvironment(Env(secret: null), live: false).ToString(),
        };

        foreach (var text in texts)
        {
            Assert.DoesNotContain(KeyId, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        }
    }
}

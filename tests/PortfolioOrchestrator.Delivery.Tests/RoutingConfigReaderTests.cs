using PortfolioOrchestrator.Delivery;

namespace PortfolioOrchestrator.Delivery.Tests;

public sealed class RoutingConfigReaderTests
{
    private static readonly Dictionary<string, string?> Variables = new() { ["MA_SECRET"] = "x" };

    [Fact]
    public void A_full_routing_file_is_read()
    {
        const string Json = """
            {
              "recipients": {
                "Master-Architect": { "deliver": ["outbox", "webhook"], "webhook": { "url": "https://example.test/po", "secret_env": "MA_SECRET" } },
                "client": { "deliver": ["outbox"] }
              },
              "retry": { "attempts": 5, "first_delay_seconds": 0.5 }
            }
            """;

        var (config, problems) = RoutingConfigReader.Read(Json, "routing.json", Variables);

        Assert.Empty(problems);
        var ma = config!.RouteFor("Master-Architect");
        Assert.True(ma.Outbox);
        Assert.Equal(new Uri("https://example.test/po"), ma.Webhook!.Url);
        Assert.Equal("MA_SECRET", ma.Webhook.SecretVariable);
        Assert.Equal("Client", config.Routes[1].Recipient);
        Assert.Equal(new RetrySettings(5, TimeSpan.FromSeconds(0.5)), config.Retry);
        Assert.Equal(new RecipientRoute("Stock-Analyst", true, null), config.RouteFor("Stock-Analyst"));
    }

    [Theory]
    [InlineData("""{"recipients": {"Nobody": {}}}""", "recipients.Nobody: unknown recipient")]
    [InlineData("""{"recipients": {"Client": {"deliver": ["email"]}}}""", "recipients.Client.deliver")]
    [InlineData("""{"recipients": {"Client": {"deliver": ["webhook"]}}}""", "recipients.Client.webhook")]
    [InlineData("""{"recipients": {"Client": {"deliver": ["webhook"], "webhook": {"url": "ftp://x", "secret_env": "MA_SECRET"}}}}""", "webhook.url")]
    [InlineData("""{"recipients": {"Client": {"deliver": ["webhook"], "webhook": {"url": "http://x", "secret_env": "UNSET_SECRET"}}}}""", "UNSET_SECRET is not set")]
    [InlineData("""{"recipients": {}, "colour": 1}""", "unknown key \"colour\"")]
    [InlineData("""{"retry": {"attempts": 0}}""", "retry.attempts")]
    [InlineData("""[1]""", "expected a JSON object")]
    [InlineData("""{"recipients": """, "not valid JSON")]
    public void Bad_routing_files_name_the_field(string json, string expected)
    {
        var (config, problems) = RoutingConfigReader.Read(json, "routing.json", Variables);

        Assert.Null(config);
        Assert.Contains(problems, p => p.StartsWith("routing.json", StringComparison.Ordinal) && p.Contains(expected, StringComparison.Ordinal));
    }
}

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

        var result = RoutingConfigReader.Read(Json, "routing.json", Variables);

        Assert.Empty(result.Problems);
        var config = result.Value;
        var ma = config.RouteFor("Master-Architect");
        Assert.True(ma.Outbox);
        Assert.Equal(new Uri("https://example.test/po"), ma.Webhook!.Url);
        Assert.Equal("MA_SECRET", ma.Webhook.SecretVariable);
        Assert.Equal("Client", config.Routes[1].Recipient);
        Assert.Equal(new RetrySettings(5, TimeSpan.FromSeconds(0.5)), config.Retry);
        Assert.Equal(new RecipientRoute("Stock-Analyst", true, null), config.RouteFor("Stock-Analyst"));
    }

    [Theory]
    [InlineData("""{"recipients": {"Nobody": {}}}""", "recipients.Nobody", "unknown recipient")]
    [InlineData("""{"recipients": {"Client": {"deliver": ["email"]}}}""", "recipients.Client.deliver", "got '[\"email\"]'")]
    [InlineData("""{"recipients": {"Client": {"deliver": ["webhook"]}}}""", "recipients.Client.webhook", "for deliver \"webhook\"")]
    [InlineData("""{"recipients": {"Client": {"deliver": ["webhook"], "webhook": {"url": "ftp://x", "secret_env": "MA_SECRET"}}}}""", "recipients.Client.webhook.url", "an absolute http or https URL")]
    [InlineData("""{"recipients": {"Client": {"deliver": ["webhook"], "webhook": {"url": "http://x", "secret_env": "UNSET_SECRET"}}}}""", "recipients.Client.webhook.secret_env", "UNSET_SECRET is not set")]
    [InlineData("""{"recipients": {}, "colour": 1}""", "colour", "unknown key 'colour'")]
    [InlineData("""{"retry": {"attempts": 0}}""", "retry.attempts", "a whole number from 1 to 10")]
    [InlineData("""{"recipients": {"Client": {}, "Client": {}}}""", "recipients.Client", "is written twice")]
    [InlineData("""[1]""", null, "expected a JSON object")]
    [InlineData("""{"recipients": """, null, "not valid JSON")]
    public void Bad_routing_files_name_the_field(string json, string? field, string expected)
    {
        var result = RoutingConfigReader.Read(json, "routing.json", Variables);

        Assert.False(result.IsValid);
        Assert.Contains(result.Problems, p => p.File == "routing.json" && p.Line >= 1 && p.Field == field && p.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_problem_names_the_line_its_field_is_written_on()
    {
        const string Json = "{\n  // who hears what\n  \"recipients\": {\n    \"Client\": { \"deliver\": [\"fax\"] },\n  },\n}";

        var problem = Assert.Single(RoutingConfigReader.Read(Json, "routing.json", Variables).Problems);

        Assert.Equal((4, "recipients.Client.deliver"), (problem.Line, problem.Field));
    }
}

using FsCheck;
using FsCheck.Xunit;
using PortfolioOrchestrator.Testing.Fuzz;

namespace PortfolioOrchestrator.Delivery.Tests;

public sealed class RoutingConfigFuzzTests
{
    private const string Valid = """
        {
          // who hears what
          "recipients": {
            "Master-Architect": { "deliver": ["outbox", "webhook"], "webhook": { "url": "https://example.test/po", "secret_env": "MA_SECRET" } },
            "Client": { "deliver": ["outbox"] },
          },
          "retry": { "attempts": 5, "first_delay_seconds": 0.5 }
        }
        """;

    private static readonly Dictionary<string, string?> Variables = new() { ["MA_SECRET"] = "x" };

    private static readonly string[] Fragments =
    [
        "{", "}", "[", "]", ",", ":", "\"", "null", "true", "-", "1e999", "0", "\"x\"", "\\u0000", "\\ud800", "//", "/*", "\n", "\uFEFF", "\uD800", "recipients", "webhook", "\u001b[31m",
    ];

    [Fact]
    public void The_unmutated_file_is_valid() =>
        Assert.True(RoutingConfigReader.Read(Valid, "routing.json", Variables).IsValid);

    [Property(MaxTest = 500)]
    public bool Mutated_routing_files_give_a_config_or_problems_with_file_line_and_expectation(int seed, PositiveInt count)
    {
        var result = RoutingConfigReader.Read(TextMutations.Apply(Valid, seed, (count.Get % 12) + 1, Fragments), "routing.json", Variables);
        return result.IsValid || (result.Problems.Count > 0 && result.Problems.All(p =>
            p.File == "routing.json" && p.Line >= 1 && p.Expected.Length > 0 && !p.Message.Any(char.IsControl)));
    }
}

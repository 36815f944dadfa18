using FsCheck;
using FsCheck.Xunit;
using PortfolioOrchestrator.Paper.Scripting;
using PortfolioOrchestrator.Testing.Fuzz;

namespace PortfolioOrchestrator.Paper.Tests;

public sealed class PaperScriptFuzzTests
{
    private const string Valid = """
        {
          "latency_ms": 10,
          "default": { "price": 100, "slippage_bps": 0, "fill_ratio": 1.0 },
          "tickers": {
            "MSFT": { "price": 410.00, "slippage_bps": 12 },
            "NVDA": { "reject": "insufficient buying power" },
            "AMD":  { "fill_ratio": 0.85 },
            "TSLA": { "no_fill": true }
          },
          "refresh": { "delay_minutes": 3 }
        }
        """;

    private static readonly string[] Fragments =
    [
        "{", "}", "[", "]", ",", ":", "\"", "null", "true", "-", "1e999", "0", "-1", "\"x\"", "\\u0000", "//", "/*", "\n", "\uFEFF", "\uD800", "tickers", "default", "1.7976931348623157E+309",
    ];

    [Fact]
    public void The_unmutated_script_is_valid()
    {
        Assert.True(PaperScriptReader.Read(Valid, "s.json").IsValid);
    }

    [Property(MaxTest = 500)]
    public bool Random_mutations_of_a_valid_script_never_throw(int seed, PositiveInt count)
    {
        var result = PaperScriptReader.Read(TextMutations.Apply(Valid, seed, (count.Get % 12) + 1, Fragments), "s.json");
        return result.IsValid || result.Problems.All(p => p.File == "s.json" && p.Line >= 1 && p.Message.Length > 0);
    }

    [Property]
    public bool Arbitrary_text_never_throws(string? text) =>
        PaperScriptReader.Read(text ?? string.Empty, "s.json") is { } result && (result.IsValid || result.Problems.Count > 0);
}

using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Paper.Scripting;

namespace PortfolioOrchestrator.Paper.Tests;

public sealed class PaperScriptReaderTests
{
    private const string ContractExample = """
        {
          "latency_ms": 0,
          "default": { "slippage_bps": 0, "fill_ratio": 1.0 },
          "tickers": {
            "MSFT": { "price": 410.00, "slippage_bps": 12 },
            "NVDA": { "reject": "insufficient buying power" },
            "AMD":  { "fill_ratio": 0.85 },
            "TSLA": { "no_fill": true }
          }
        }
        """;

    [Fact]
    public void The_contracts_example_reads()
    {
        var script = PaperScriptReader.Read(ContractExample, "s.json").Value;

        Assert.Equal(0, script.LatencyMs);
        Assert.Equal(new PaperFillRule(Money.FromDollars(410m), 12m, 1m, null, false), script.RuleFor(Ticker.Create("MSFT")));
        Assert.Equal("insufficient buying power", script.RuleFor(Ticker.Create("NVDA")).Reject);
        Assert.Equal(0.85m, script.RuleFor(Ticker.Create("AMD")).FillRatio);
        Assert.True(script.RuleFor(Ticker.Create("TSLA")).NoFill);
        Assert.Equal(new PaperFillRule(null, 0m, 1m, null, false), script.RuleFor(Ticker.Create("AAPL")));
    }

    [Fact]
    public void An_empty_object_is_the_standard_script()
    {
        var script = PaperScriptReader.Read("{}", "s.json").Value;

        Assert.Equal(0, script.LatencyMs);
        Assert.Equal(new PaperFillRule(null, 0m, 1m, null, false), script.RuleFor(Ticker.Create("MSFT")));
        Assert.Null(script.Refresh);
    }

    [Fact]
    public void Ticker_keys_override_the_default_one_by_one()
    {
        var script = PaperScriptReader.Read("""{"default": {"price": 50, "slippage_bps": 5, "fill_ratio": 0.5}, "tickers": {"msft": {"slippage_bps": -3}}}""", "s.json").Value;

        Assert.Equal(new PaperFillRule(Money.FromDollars(50m), -3m, 0.5m, null, false), script.RuleFor(Ticker.Create("MSFT")));
    }

    [Fact]
    public void A_tickers_outcome_replaces_the_defaults_outcome()
    {
        var script = PaperScriptReader.Read("""{"default": {"no_fill": true}, "tickers": {"MSFT": {"no_fill": false}, "AMD": {"reject": "halted"}}}""", "s.json").Value;

        Assert.False(script.RuleFor(Ticker.Create("MSFT")).NoFill);
        Assert.Equal(new PaperFillRule(null, 0m, 1m, "halted", false), script.RuleFor(Ticker.Create("AMD")));
        Assert.True(script.RuleFor(Ticker.Create("TSLA")).NoFill);
    }

    [Fact]
    public void The_refresh_extension_reads_a_delay_or_a_failure()
    {
        Assert.Equal(TimeSpan.FromMinutes(12.5), PaperScriptReader.Read("""{"refresh": {"delay_minutes": 12.5}}""", "s.json").Value.Refresh!.Delay);
        Assert.Equal("source offline", PaperScriptReader.Read("""{"refresh": {"fail": "source offline"}}""", "s.json").Value.Refresh!.Failure);
    }

    [Fact]
    public void Comments_are_allowed()
    {
        Assert.True(PaperScriptReader.Read("{ // fast\n \"latency_ms\": 5 /* ms */ }", "s.json").IsValid);
    }

    [Theory]
    [InlineData("""{"latency_ms": -1}""", "latency_ms", "0 to 60000")]
    [InlineData("""{"latency_ms": 60001}""", "latency_ms", "0 to 60000")]
    [InlineData("""{"latency_ms": 1.5}""", "latency_ms", "whole number")]
    [InlineData("""{"latency_ms": "10"}""", "latency_ms", "got the string '10'")]
    [InlineData("""{"default": {"fill_ratio": 0}}""", "default.fill_ratio", "above 0 and at most 1")]
    [InlineData("""{"default": {"fill_ratio": 1.01}}""", "default.fill_ratio", "above 0 and at most 1")]
    [InlineData("""{"default": {"price": 0}}""", "default.price", "above 0")]
    [InlineData("""{"default": {"price": -3}}""", "default.price", "above 0")]
    [InlineData("""{"default": {"slippage_bps": "12"}}""", "default.slippage_bps", "basis points")]
    [InlineData("""{"default": {"slippage_bps": 10000}}""", "default.slippage_bps", "strictly between -10000 and 10000")]
    [InlineData("""{"default": {"slippage_bps": 1e400}}""", "default.slippage_bps", "basis points")]
    [InlineData("""{"default": {"fillratio": 0.5}}""", "default.fillratio", "unknown key 'fillratio'")]
    [InlineData("""{"tickers": {"MSFT": {"fill_ratio": 2}}}""", "tickers.MSFT.fill_ratio", "at most 1")]
    [InlineData("""{"tickers": {"MSFT": {"reject": ""}}}""", "tickers.MSFT.reject", "non-empty string")]
    [InlineData("""{"tickers": {"MSFT": {"no_fill": "yes"}}}""", "tickers.MSFT.no_fill", "true or false")]
    [InlineData("""{"tickers": {"MSFT": {"reject": "x", "no_fill": true}}}""", "tickers.MSFT", "either reject or no_fill")]
    [InlineData("""{"tickers": {"MSFT": {}, "msft": {}}}""", "tickers.msft", "scripted twice")]
    [InlineData("""{"tickers": {" ": {}}}""", "tickers. ", "empty key")]
    [InlineData("""{"tickers": []}""", "tickers", "keyed by ticker")]
    [InlineData("""{"tickers": {"MSFT": 3}}""", "tickers.MSFT", "expected an object")]
    [InlineData("""{"latency": 5}""", "latency", "unknown key")]
    [InlineData("""{"latency_ms": 1, "latency_ms": 2}""", "latency_ms", "written twice")]
    [InlineData("""{"refresh": {}}""", "refresh", "exactly one of delay_minutes")]
    [InlineData("""{"refresh": {"delay_minutes": 1, "fail": "x"}}""", "refresh", "exactly one of delay_minutes")]
    [InlineData("""{"refresh": {"delay_minutes": -1}}""", "refresh.delay_minutes", "number of minutes")]
    [InlineData("""{"refresh": {"fail": 3}}""", "refresh.fail", "non-empty string")]
    [InlineData("""{"refresh": {"wait": 3}}""", "refresh.wait", "unknown key")]
    [InlineData("""{"default": null}""", "default", "got null")]
    public void Bad_values_are_problems_naming_the_field_and_what_was_expected(string json, string field, string expected)
    {
        var result = PaperScriptReader.Read(json, "script.json");

        Assert.False(result.IsValid);
        var problem = Assert.Single(result.Problems, p => p.Field == field);
        Assert.Equal("script.json", problem.File);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_problem_names_the_line_its_field_is_written_on()
    {
        var json = "{\n  \"default\": { \"fill_ratio\": 1 },\n  \"tickers\": {\n    \"MSFT\": {\n      \"fill_ratio\": 0\n    }\n  }\n}";

        var problem = Assert.Single(PaperScriptReader.Read(json, "s.json").Problems);

        Assert.Equal(5, problem.Line);
        Assert.Equal("tickers.MSFT.fill_ratio", problem.Field);
    }

    [Fact]
    public void Every_problem_is_reported_not_just_the_first()
    {
        var result = PaperScriptReader.Read("""{"latency_ms": -1, "default": {"fill_ratio": 3}, "tikers": {}}""", "s.json");

        Assert.Equal(3, result.Problems.Count);
    }

    [Theory]
    [InlineData("{\n  \"latency_ms\": 0,\n  \"default\": { \"fill_ratio\": 1.0, }\n}", 3)]
    [InlineData("{\n\n  \"tickers\": { \"MSFT\" { } }\n}", 3)]
    [InlineData("", 1)]
    [InlineData("{", 1)]
    public void Malformed_JSON_is_a_problem_with_its_line(string json, int line)
    {
        var problem = Assert.Single(PaperScriptReader.Read(json, "s.json").Problems);

        Assert.Equal(line, problem.Line);
        Assert.StartsWith($"is not valid JSON at line {line}", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("3")]
    [InlineData("null")]
    public void A_script_must_be_an_object(string json)
    {
        var problem = Assert.Single(PaperScriptReader.Read(json, "s.json").Problems);

        Assert.Contains("JSON object", problem.Message, StringComparison.Ordinal);
    }
}

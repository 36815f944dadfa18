using PortfolioOrchestrator.Domain.Policy;

namespace PortfolioOrchestrator.Inputs.Tests.Policy;

public sealed class PolicyReaderTests
{
    private const string File = "policy.json";

    [Fact]
    public void An_empty_object_is_the_default_policy() =>
        Assert.Equal(ExecutionPolicy.Default, Reads("{}"));

    [Fact]
    public void Every_key_overrides_its_default()
    {
        var policy = Reads("""
            {
              "min_buffer": 0.2, "buffer_floor": 0.1, "sector_cap": 0.4, "sector_drift_pp": 3.5,
              "max_staleness_trading_days": 2, "refresh_after_hours": 1.5, "refresh_timeout_minutes": 5,
              "refresh_escalate_minutes": 20, "slippage_flag_bps": 25, "partial_fill_ratio": 0.8,
              "no_fill_minutes": 30, "pause_on_aggregate_breach": true
            }
            """);
        Assert.Equal(0.2m, policy.MinBuffer.Fraction);
        Assert.Equal(0.1m, policy.BufferFloor.Fraction);
        Assert.Equal(0.4m, policy.SectorCap.Fraction);
        Assert.Equal(3.5m, policy.SectorDriftPoints);
        Assert.Equal(2, policy.MaxStalenessTradingDays);
        Assert.Equal(TimeSpan.FromMinutes(90), policy.RefreshAfter);
        Assert.Equal(TimeSpan.FromMinutes(5), policy.RefreshTimeout);
        Assert.Equal(TimeSpan.FromMinutes(20), policy.RefreshEscalateAfter);
        Assert.Equal(25m, policy.SlippageFlagBps);
        Assert.Equal(0.8m, policy.PartialFillRatio.Fraction);
        Assert.Equal(TimeSpan.FromMinutes(30), policy.NoFillAfter);
        Assert.True(policy.PauseOnAggregateBreach);
    }

    [Fact]
    public void Unknown_keys_are_bad_input()
    {
        var problem = Refuses("""{ "min_bufer": 0.2 }""", "unknown key 'min_bufer'");
        Assert.Equal("min_bufer", problem.Field);
        Assert.Contains("expected one of min_buffer, buffer_floor", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("min_buffer", "15")]
    [InlineData("min_buffer", "1")]
    [InlineData("buffer_floor", "0")]
    [InlineData("sector_cap", "1.01")]
    [InlineData("sector_cap", "0")]
    [InlineData("partial_fill_ratio", "0")]
    [InlineData("partial_fill_ratio", "1.5")]
    [InlineData("sector_drift_pp", "-1")]
    [InlineData("max_staleness_trading_days", "-1")]
    [InlineData("max_staleness_trading_days", "1.5")]
    [InlineData("refresh_after_hours", "0")]
    [InlineData("refresh_timeout_minutes", "-5")]
    [InlineData("no_fill_minutes", "0")]
    [InlineData("no_fill_minutes", "1e400")]
    [InlineData("slippage_flag_bps", "-1")]
    [InlineData("pause_on_aggregate_breach", "\"yes\"")]
    [InlineData("min_buffer", "\"0.2\"")]
    [InlineData("min_buffer", "null")]
    public void Values_out_of_range_are_bad_input_naming_the_key(string key, string value)
    {
        var result = PolicyReader.Read($"{{ \"{key}\": {value} }}", File);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(key, problem.Field);
        Assert.Equal(File, problem.File);
    }

    [Fact]
    public void Sector_cap_of_one_and_fill_ratio_of_one_are_allowed()
    {
        var policy = Reads("""{ "sector_cap": 1, "partial_fill_ratio": 1 }""");
        Assert.Equal(1m, policy.SectorCap.Fraction);
    }

    [Fact]
    public void Zero_staleness_days_and_zero_slippage_are_allowed() =>
        Assert.Equal(0, Reads("""{ "max_staleness_trading_days": 0, "slippage_flag_bps": 0 }""").MaxStalenessTradingDays);

    [Fact]
    public void Buffer_floor_above_min_buffer_is_bad_input() =>
        Refuses("""{ "buffer_floor": 0.2 }""", "above min_buffer");

    [Fact]
    public void Buffer_floor_equal_to_min_buffer_is_allowed() =>
        Assert.Equal(0.15m, Reads("""{ "buffer_floor": 0.15 }""").BufferFloor.Fraction);

    [Fact]
    public void Refresh_timeout_longer_than_escalation_is_bad_input() =>
        Refuses("""{ "refresh_timeout_minutes": 20 }""", "longer than refresh_escalate_minutes");

    [Fact]
    public void A_policy_that_is_not_an_object_is_bad_input() =>
        Refuses("[]", "expected a JSON object");

    [Fact]
    public void Malformed_policy_json_is_bad_input_with_its_line() =>
        Assert.Equal(2, Refuses("{\n \"min_buffer\": }", "not valid JSON").Line);

    private static ExecutionPolicy Reads(string json)
    {
        var result = PolicyReader.Read(json, File);
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        return result.Value;
    }

    private static Domain.Inputs.InputProblem Refuses(string json, string messagePart)
    {
        var result = PolicyReader.Read(json, File);
        Assert.False(result.IsValid);
        var problem = result.Problems.FirstOrDefault(p => p.Message.Contains(messagePart, StringComparison.Ordinal));
        Assert.True(problem is not null, string.Join("\n", result.Problems));
        return problem;
    }
}

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PortfolioOrchestrator.Alpaca.Protection;
using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.QualityAssurance;

namespace PortfolioOrchestrator.Alpaca.Tests.Protection;

public sealed class ProtectionPlannerTests
{
    private static ProtectionRequest Request(decimal shares, bool stop, IEnumerable<int> percents) => new(
        ClientOrderId.Create("po-0123456789abcdef-a1"),
        Ticker.Create("MSFT"),
        AccountId.Create("TAXABLE-1"),
        shares,
        stop ? new StopLossSpec(Money.FromDollars(380m)) : null,
        [.. percents.Select((p, i) => new ProfitTargetSpec(Money.FromDollars(400m + i), p))]);

    [Property]
    public Property Slices_are_whole_shares_and_never_exceed_the_whole_position(PositiveInt hundredths, bool stop, int[] percents)
    {
        var shares = hundredths.Get / 100m;
        var plan = ProtectionPlanner.Plan(Request(shares, stop, percents.Select(p => Math.Abs(p % 120))));
        var covered = plan.Slices.Sum(s => s.Shares);
        return (plan.Slices.All(s => s.Shares > 0m && s.Shares == decimal.Floor(s.Shares)) && covered <= decimal.Floor(shares))
            .ToProperty();
    }

    [Property]
    public Property With_a_stop_every_whole_share_is_covered_and_a_fraction_is_always_reported(PositiveInt hundredths, int[] percents)
    {
        var shares = hundredths.Get / 100m;
        var plan = ProtectionPlanner.Plan(Request(shares, true, percents.Select(p => Math.Abs(p % 120))));
        var fractionReported = plan.Unprotected.Any(line => line.Contains("fractional", StringComparison.Ordinal));
        return (plan.Slices.Sum(s => s.Shares) == decimal.Floor(shares)
                && fractionReported == (shares != decimal.Floor(shares))
                && plan.Slices.All(s => s.Stop is not null))
            .ToProperty();
    }

    [Fact]
    public void Targets_beyond_the_whole_position_are_capped_and_reported()
    {
        var plan = ProtectionPlanner.Plan(Request(10m, true, [80, 50]));

        Assert.Equal([8m, 2m], plan.Slices.Select(s => s.Shares));
        Assert.Contains(plan.Unprotected, line => line.Contains("only 20% was left", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_stop_targets_are_plain_limits_and_the_missing_stop_is_reported()
    {
        var plan = ProtectionPlanner.Plan(Request(10m, false, [50]));

        var slice = Assert.Single(plan.Slices);
        Assert.Equal(("tp1", 5m, null), (slice.Suffix, slice.Shares, slice.Stop));
        Assert.Contains(plan.Unprotected, line => line.Contains("no stop-loss", StringComparison.Ordinal));
    }

    [Fact]
    public void Nothing_filled_needs_nothing()
    {
        var plan = ProtectionPlanner.Plan(Request(0m, true, [50]));

        Assert.Empty(plan.Slices);
        Assert.Empty(plan.Unprotected);
    }
}

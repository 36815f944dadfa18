using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.QualityAssurance;

namespace PortfolioOrchestrator.Domain.Tests.Broker;

/// <summary>CONTRACT Resolution 9 and §6: protection in slices, the same rule on every venue.</summary>
public sealed class ProtectionSlicingTests
{
    private static ProtectionRequest Request(bool stop, params decimal[] percents) => new(
        ClientOrderId.Create("po-0123456789abcdef-a1"),
        Ticker.Create("MSFT"),
        AccountId.Create("TAXABLE-1"),
        0m,
        stop ? new StopLossSpec(Money.FromDollars(380m)) : null,
        [.. percents.Select((p, i) => new ProfitTargetSpec(Money.FromDollars(450m + (10 * i)), p))]);

    [Property]
    public Property Resolution9_with_a_stop_the_slices_cover_the_quantity_exactly_each_with_the_stop(PositiveInt millionths, int[] percents)
    {
        var quantity = millionths.Get / 1_000_000m;
        var plan = ProtectionSlicing.Plan(Request(true, [.. percents.Select(p => (decimal)Math.Abs(p % 120))]), quantity, 6, Money.FromDollars(400m));
        return (plan.Slices.Sum(s => s.Shares) == quantity
                && plan.Slices.All(s => s.Shares > 0m && s.Stop == Money.FromDollars(380m))
                && plan.Slices.Count(s => s.TakeProfit is null) <= 1)
            .ToProperty();
    }

    [Fact]
    public void Resolution9_each_target_is_paired_with_a_stop_for_its_shares_and_the_rest_gets_a_lone_stop()
    {
        var plan = ProtectionSlicing.Plan(Request(true, 30m, 50m), 10m, 0, null);

        Assert.Equal(
            [("oco1", 3m, (decimal?)450m), ("oco2", 5m, 460m), ("sl", 2m, null)],
            plan.Slices.Select(s => (s.Suffix, s.Shares, s.TakeProfit?.Dollars)));
        Assert.Empty(plan.Unprotected);
    }

    [Fact]
    public void Resolution15_a_stop_at_or_above_the_market_price_protects_nothing_and_says_why()
    {
        var plan = ProtectionSlicing.Plan(Request(true, 50m), 10m, 0, Money.FromDollars(380m));

        Assert.Empty(plan.Slices);
        Assert.Contains("has already crossed the stop-loss", Assert.Single(plan.Unprotected), StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_the_market_has_passed_is_left_out_and_its_shares_stay_under_the_stop()
    {
        var plan = ProtectionSlicing.Plan(Request(true, 50m, 50m), 10m, 0, Money.FromDollars(455m));

        Assert.Equal([("oco2", 5m), ("sl", 5m)], plan.Slices.Select(s => (s.Suffix, s.Shares)));
        Assert.Contains("profit target 1", Assert.Single(plan.Unprotected), StringComparison.Ordinal);
    }
}

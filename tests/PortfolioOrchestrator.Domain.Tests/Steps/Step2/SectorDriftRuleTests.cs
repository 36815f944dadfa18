using PortfolioOrchestrator.Domain.QualityAssurance;
using PortfolioOrchestrator.Domain.Steps.Step2;

namespace PortfolioOrchestrator.Domain.Tests.Steps.Step2;

public sealed class SectorDriftRuleTests
{
    private static readonly SectorName Financials = SectorName.Create("Financials");
    private readonly SectorDriftRule _rule = new(ExecutionPolicy.Default);

    private static QaPortfolioContext Approved(decimal percent) =>
        new() { SectorAllocations = new Dictionary<SectorName, Ratio> { [Financials] = Ratio.FromPercent(percent) } };

    [Fact]
    public void Step2A_no_drift_no_flag()
    {
        // Financials live: 67,800 / 249,800 = 27.14 %.
        Assert.Empty(_rule.Evaluate(new PortfolioBuilder().Build(), Approved(27m), []));
    }

    [Fact]
    public void Step2A_drift_above_two_points_is_flagged()
    {
        var flag = Assert.Single(_rule.Evaluate(new PortfolioBuilder().Build(), Approved(25m), []));

        Assert.Equal(Financials, flag.Sector);
        Assert.Equal(decimal.Round((67_800m / 249_800m - 0.25m) * 100m, 4), flag.DriftPoints);
        Assert.False(flag.ExceedsCap);
    }

    [Fact]
    public void Step2A_only_buys_in_the_drifted_sector_count_towards_the_cap()
    {
        // (67,800 + 20,000) / 249,800 = 0.35148 > 0.35; the sell and the other sector's buy do not count.
        var pending = new[]
        {
            new TradeBuilder().Sector("Financials").Size(20_000m).Build(),
            new TradeBuilder().Sector("Financials").Sell().Size(10_000m).Build(),
            new TradeBuilder().Sector("Technology").Size(30_000m).Build(),
        };

        var flag = Assert.Single(_rule.Evaluate(new PortfolioBuilder().Build(), Approved(25m), pending));

        Assert.Equal(Money.FromDollars(20_000m), flag.PendingBuys);
        Assert.Equal(Ratio.FromFraction(87_800m / 249_800m), flag.ProjectedAllocation);
        Assert.True(flag.ExceedsCap);
    }

    [Fact]
    public void Step2A_reaching_the_cap_exactly_does_not_exceed_it()
    {
        // 67,800 + 19,630 = 87,430 = 0.35 × 249,800.
        var flag = Assert.Single(_rule.Evaluate(new PortfolioBuilder().Build(), Approved(25m), [new TradeBuilder().Sector("Financials").Size(19_630m).Build()]));

        Assert.False(flag.ExceedsCap);
    }
}

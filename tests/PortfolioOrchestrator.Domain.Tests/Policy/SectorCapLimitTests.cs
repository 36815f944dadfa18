using PortfolioOrchestrator.Domain.Steps.Step2;
using PortfolioOrchestrator.Domain.Steps.Step5;

namespace PortfolioOrchestrator.Domain.Tests.Policy;

public sealed class SectorCapLimitTests
{
    private static readonly ExecutionPolicy Seed = ExecutionPolicy.Default;

    [Theory]
    [InlineData(0.30, false)]
    [InlineData(0.35, false)]
    [InlineData(0.3501, true)]
    public void An_allocation_at_the_cap_is_within_it_and_only_above_it_is_over(decimal allocation, bool over) =>
        Assert.Equal(over, Seed.IsOverSectorCap(Ratio.FromFraction(allocation)));

    [Theory]
    [InlineData(35_000, false)]
    [InlineData(35_001, true)]
    public void Step_2A_and_step_5_apply_the_same_cap_test(decimal technologyDollars, bool over)
    {
        // Total value $100,000: cash plus one Technology holding; QA approved Technology at 0 %, so it drifted.
        var portfolio = new PortfolioBuilder().WithoutPositions()
            .WithPosition("AAPL", "TAXABLE-1", "Technology", technologyDollars / 100m, 100m)
            .Cash(100_000m - technologyDollars)
            .Build();
        var context = new QaReportBuilder().ApprovedSector("Technology", 0m).Build().PortfolioContext;

        var step2A = new SectorDriftRule(Seed).Evaluate(portfolio, context, []).Single();
        var step5 = new SectorCapRule(Seed).Evaluate(portfolio, []).Single();

        Assert.Equal(over, step2A.ExceedsCap);
        Assert.Equal(!over, step5.Pass);
    }
}

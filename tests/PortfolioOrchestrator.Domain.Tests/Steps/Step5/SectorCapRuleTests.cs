using PortfolioOrchestrator.Domain.Steps.Step5;

namespace PortfolioOrchestrator.Domain.Tests.Steps.Step5;

public sealed class SectorCapRuleTests
{
    private readonly SectorCapRule _rule = new(ExecutionPolicy.Default);

    private static TradeExecution Done(TradeBuilder trade, TradeStatus status, decimal filled, int sequence = 0) => new()
    {
        Sequence = sequence,
        Trade = trade.Build(),
        Status = status,
        Fill = filled > 0 ? new TradeFill(Money.FromDollars(100m), filled / 100m, Money.FromDollars(filled), Examples.Approval) : null,
    };

    [Fact]
    public void Step5_allocation_after_adds_filled_buys_and_subtracts_filled_sells()
    {
        // Financials: 67,800 + 20,000 − 5,000 = 82,800 → 0.33147, passes.
        var sectors = _rule.Evaluate(new PortfolioBuilder().Build(), [
            Done(new TradeBuilder().Sector("Financials"), TradeStatus.Executed, 20_000m),
            Done(new TradeBuilder().Sector("Financials").Sell(), TradeStatus.Executed, 5_000m, 1),
        ]);

        var financials = sectors.Single(s => s.Sector == SectorName.Create("Financials"));
        Assert.Equal(Ratio.FromFraction(82_800m / 249_800m), financials.Allocation);
        Assert.True(financials.Pass);
    }

    [Fact]
    public void Step5_above_the_cap_fails()
    {
        var sectors = _rule.Evaluate(new PortfolioBuilder().Build(), [Done(new TradeBuilder().Sector("Financials"), TradeStatus.Executed, 20_000m)]);

        Assert.False(sectors.Single(s => s.Sector == SectorName.Create("Financials")).Pass);
    }

    [Fact]
    public void Step5_trades_not_executed_in_this_run_do_not_count_and_new_sectors_are_listed_last()
    {
        var sectors = _rule.Evaluate(new PortfolioBuilder().Build(), [
            Done(new TradeBuilder().Sector("Financials"), TradeStatus.AlreadyExecuted, 50_000m),
            Done(new TradeBuilder().Sector("Utilities"), TradeStatus.Executed, 1_000m, 1),
        ]);

        Assert.Equal(["Technology", "Healthcare", "Energy", "Financials", "Utilities"], sectors.Select(s => s.Sector.Value));
        Assert.Equal(Ratio.FromFraction(67_800m / 249_800m), sectors[3].Allocation);
    }
}

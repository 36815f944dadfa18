using PortfolioOrchestrator.Domain.Steps.Step2;

namespace PortfolioOrchestrator.Domain.Tests.Steps.Step2;

public sealed class AggregateBufferRuleTests
{
    private static readonly Money Cash = Money.FromDollars(45_000m);
    private static readonly Money Total = Money.FromDollars(249_800m);
    private readonly AggregateBufferRule _rule = new(ExecutionPolicy.Default);

    [Theory]
    [InlineData(5_000, BufferStatus.Healthy)] // 40,000 / 249,800 = 0.16013
    [InlineData(7_530, BufferStatus.Healthy)] // 37,470 / 249,800 = 0.15000 exactly
    [InlineData(8_000, BufferStatus.Marginal)] // 37,000 / 249,800 = 0.14812
    [InlineData(15_024, BufferStatus.Marginal)] // 29,976 / 249,800 = 0.12000 exactly
    [InlineData(16_000, BufferStatus.AtRisk)] // 29,000 / 249,800 = 0.11609
    public void Step2B_classifies_the_buffer_after_all_pending(int buy, BufferStatus expected)
    {
        var (net, cashAfter, buffer, status) = _rule.Evaluate(Cash, Total, [new TradeBuilder().Size(buy).Build()]);

        Assert.Equal(Money.FromDollars(buy), net);
        Assert.Equal(Cash - Money.FromDollars(buy), cashAfter);
        Assert.Equal(Ratio.FromFraction((45_000m - buy) / 249_800m), buffer);
        Assert.Equal(expected, status);
    }

    [Fact]
    public void Step2B_sells_add_to_cash()
    {
        var (net, cashAfter, _, _) = _rule.Evaluate(Cash, Total, [new TradeBuilder().Size(10_000m).Build(), new TradeBuilder().Sell().Size(4_000m).Build()]);

        Assert.Equal(Money.FromDollars(6_000m), net);
        Assert.Equal(Money.FromDollars(39_000m), cashAfter);
    }
}

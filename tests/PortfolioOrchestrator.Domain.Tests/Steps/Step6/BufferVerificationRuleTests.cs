using PortfolioOrchestrator.Domain.Steps.Step6;

namespace PortfolioOrchestrator.Domain.Tests.Steps.Step6;

public sealed class BufferVerificationRuleTests
{
    private static readonly Money Cash = Money.FromDollars(45_000m);
    private static readonly Money Total = Money.FromDollars(249_800m);
    private readonly BufferVerificationRule _rule = new(ExecutionPolicy.Default);

    private static TradeExecution Filled(decimal dollars, TradeStatus status = TradeStatus.Executed, bool sell = false)
    {
        var trade = new TradeBuilder().Size(dollars);
        return new()
        {
            Sequence = 0,
            Trade = (sell ? trade.Sell() : trade).Build(),
            Status = status,
            Fill = new TradeFill(Money.FromDollars(100m), dollars / 100m, Money.FromDollars(dollars), Examples.Approval),
        };
    }

    [Theory]
    [InlineData(7_530, BufferCheck.Pass)] // 37,470 = 0.15 × 249,800
    [InlineData(7_531, BufferCheck.Caution)]
    [InlineData(15_024, BufferCheck.Caution)] // 29,976 = 0.12 × 249,800
    [InlineData(15_025, BufferCheck.Fail)]
    public void Step6_classifies_the_buffer_after_execution(int filledBuy, BufferCheck expected)
    {
        var (cash, buffer, check) = _rule.Evaluate(Cash, Total, [Filled(filledBuy)]);

        Assert.Equal(Cash - Money.FromDollars(filledBuy), cash);
        Assert.Equal(Ratio.FromFraction((45_000m - filledBuy) / 249_800m), buffer);
        Assert.Equal(expected, check);
    }

    [Fact]
    public void Step6_sells_add_and_trades_not_executed_here_do_not_count()
    {
        var (cash, _, _) = _rule.Evaluate(Cash, Total, [Filled(5_000m, sell: true), Filled(9_000m, TradeStatus.AlreadyExecuted), Filled(1_000m, TradeStatus.PendingFill)]);

        Assert.Equal(Money.FromDollars(49_000m), cash);
    }
}

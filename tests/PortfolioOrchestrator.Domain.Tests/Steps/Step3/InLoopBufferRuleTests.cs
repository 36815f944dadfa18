using PortfolioOrchestrator.Domain.Steps.Step3;

namespace PortfolioOrchestrator.Domain.Tests.Steps.Step3;

public sealed class InLoopBufferRuleTests
{
    private static readonly Money Total = Money.FromDollars(249_800m);
    private readonly InLoopBufferRule _rule = new(ExecutionPolicy.Default);

    [Fact]
    public void Step3C_at_or_above_minimum_is_intact()
    {
        var verdict = _rule.Evaluate(Money.FromDollars(37_470m), Total, new TradeBuilder().Size(30_000m).Build());

        Assert.Equal(BufferVerdictKind.Intact, verdict.Kind);
        Assert.Null(verdict.NextBuffer);
    }

    [Fact]
    public void Step3C_marginal_with_a_safe_next_trade_continues()
    {
        // 37,000 (0.14812); next 37,000 − 7,024 = 29,976 = 0.12 exactly: not below the floor.
        var verdict = _rule.Evaluate(Money.FromDollars(37_000m), Total, new TradeBuilder().Size(7_024m).Build());

        Assert.Equal(BufferVerdictKind.Marginal, verdict.Kind);
        Assert.Equal(Ratio.FromFraction(29_976m / 249_800m), verdict.NextBuffer);
    }

    [Fact]
    public void Step3C_marginal_as_the_last_trade_continues()
    {
        Assert.Equal(BufferVerdictKind.Marginal, _rule.Evaluate(Money.FromDollars(37_000m), Total, null).Kind);
    }

    [Fact]
    public void Step3C_marginal_with_a_next_trade_below_the_floor_halts()
    {
        var verdict = _rule.Evaluate(Money.FromDollars(37_000m), Total, new TradeBuilder().Size(7_025m).Build());

        Assert.Equal(BufferVerdictKind.MarginalNextWouldBreach, verdict.Kind);
    }

    [Fact]
    public void Step3C_a_next_sell_cannot_breach()
    {
        Assert.Equal(BufferVerdictKind.Marginal, _rule.Evaluate(Money.FromDollars(37_000m), Total, new TradeBuilder().Sell().Size(30_000m).Build()).Kind);
    }

    [Fact]
    public void Step3C_below_the_floor_is_breached()
    {
        var verdict = _rule.Evaluate(Money.FromDollars(29_975m), Total, null);

        Assert.Equal(BufferVerdictKind.Breached, verdict.Kind);
        Assert.Equal(Ratio.FromFraction(29_975m / 249_800m), verdict.Buffer);
    }
}

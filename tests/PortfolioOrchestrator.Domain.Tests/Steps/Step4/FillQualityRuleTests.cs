using PortfolioOrchestrator.Domain.Steps.Step4;

namespace PortfolioOrchestrator.Domain.Tests.Steps.Step4;

public sealed class FillQualityRuleTests
{
    private static readonly DateTimeOffset At = Examples.Approval;
    private readonly FillQualityRule _rule = new(ExecutionPolicy.Default);

    private static TradeFill Fill(decimal price, decimal dollars) => new(Money.FromDollars(price), dollars / price, Money.FromDollars(dollars), At);

    [Theory]
    [InlineData(100.50, 50, false)]
    [InlineData(100.51, 51, true)]
    [InlineData(99.00, -100, false)]
    public void Resolution8_buy_slippage_is_positive_when_paying_more(decimal price, decimal bps, bool flagged)
    {
        var quality = _rule.Assess(new TradeBuilder().Price(100m).Build(), Fill(price, 5_000m));

        Assert.Equal(bps, quality.SlippageBps);
        Assert.Equal(flagged, quality.Flags.Contains(TradeFlag.Slippage));
    }

    [Fact]
    public void Resolution8_sell_slippage_is_positive_when_receiving_less()
    {
        var quality = _rule.Assess(new TradeBuilder().Sell().Price(100m).Build(), Fill(99.40m, 5_000m));

        Assert.Equal(60m, quality.SlippageBps);
        Assert.Contains(TradeFlag.Slippage, quality.Flags);
    }

    [Theory]
    [InlineData(4_499.99, true)]
    [InlineData(4_500, false)]
    public void Resolution8_filled_below_90_percent_is_partial(decimal dollars, bool partial)
    {
        var quality = _rule.Assess(new TradeBuilder().Price(100m).Build(), Fill(100m, dollars));

        Assert.Equal(partial, quality.Flags.Contains(TradeFlag.PartialFill));
    }

    [Theory]
    [InlineData(100.50, 100.00, 50, false)]
    [InlineData(100.50, 99.90, 60.06, true)]
    [InlineData(100.50, 101.00, -49.5, false)]
    public void Resolution22_slippage_against_the_market_price_at_submission_is_reported_and_flags_slippage(decimal fillPrice, decimal market, decimal marketBps, bool flagged)
    {
        var quality = _rule.Assess(new TradeBuilder().Price(100m).Build(), Fill(fillPrice, 5_000m), Money.FromDollars(market));

        Assert.Equal(50m, quality.SlippageBps);
        Assert.Equal(marketBps, quality.MarketSlippageBps);
        Assert.Equal(flagged, quality.Flags.Contains(TradeFlag.Slippage));
    }

    [Fact]
    public void Resolution22_a_sell_below_the_market_price_at_submission_is_positive_market_slippage()
    {
        var quality = _rule.Assess(new TradeBuilder().Sell().Price(100m).Build(), Fill(99.40m, 5_000m), Money.FromDollars(99.50m));

        Assert.Equal(10.05m, quality.MarketSlippageBps);
    }

    [Fact]
    public void Resolution22_last_known_slippage_alone_still_flags_when_the_market_price_is_kinder()
    {
        var quality = _rule.Assess(new TradeBuilder().Price(100m).Build(), Fill(101m, 5_000m), Money.FromDollars(101m));

        Assert.Equal(0m, quality.MarketSlippageBps);
        Assert.Contains(TradeFlag.Slippage, quality.Flags);
    }

    [Fact]
    public void Resolution22_without_a_market_price_its_slippage_is_unknown_not_zero()
    {
        var quality = _rule.Assess(new TradeBuilder().Price(100m).Build(), Fill(100.2m, 5_000m), null);

        Assert.Null(quality.MarketSlippageBps);
        Assert.DoesNotContain(TradeFlag.Slippage, quality.Flags);
    }

    [Fact]
    public void Step4_no_fill_is_nothing_filled_for_the_whole_window()
    {
        Assert.False(_rule.IsNoFill(At, At.AddMinutes(14), 0m));
        Assert.True(_rule.IsNoFill(At, At.AddMinutes(15), 0m));
        Assert.False(_rule.IsNoFill(At, At.AddMinutes(30), 1m));
    }
}

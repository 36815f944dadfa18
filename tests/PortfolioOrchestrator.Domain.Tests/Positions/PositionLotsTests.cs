using PortfolioOrchestrator.Domain.Positions;

namespace PortfolioOrchestrator.Domain.Tests.Positions;

/// <summary>CONTRACT Resolution 15: a QA sell consumes lots first in, first out; a protective fill consumes its own lot.</summary>
public sealed class PositionLotsTests
{
    private static readonly PositionLots Nvda = new(
        AccountId.Create("TAXABLE-1"),
        Ticker.Create("NVDA"),
        [LotBuilder.HeldBefore(3m), LotBuilder.Opened("po-aaaa-a1", "r1", 10m, 120m, 160m), LotBuilder.Opened("po-bbbb-a1", "r2", 5m, 130m, 170m)]);

    [Fact]
    public void Resolution15_a_qa_sell_consumes_the_oldest_lot_first()
    {
        var after = Nvda.ConsumeFifo(7m);

        Assert.Equal([0m, 6m, 5m], after.Lots.Select(l => l.Quantity));
        Assert.Equal(11m, after.HeldQuantity);
    }

    [Fact]
    public void Resolution15_a_sell_beyond_every_lot_leaves_none_below_zero()
    {
        Assert.Equal([0m, 0m, 0m], Nvda.ConsumeFifo(100m).Lots.Select(l => l.Quantity));
    }

    [Fact]
    public void Resolution15_a_protective_fill_consumes_its_own_lot_only()
    {
        var after = Nvda.ConsumeLot(LotId.Create("po-bbbb-a1"), 2m);

        Assert.Equal([3m, 10m, 3m], after.Lots.Select(l => l.Quantity));
    }

    [Fact]
    public void Resolution15_a_lot_that_holds_nothing_and_has_nothing_open_is_dropped()
    {
        var closed = Nvda.ConsumeFifo(3m).With(Nvda.Lots[1] with { Quantity = 0m, ProtectiveOrders = [] });

        Assert.Equal([LotId.Create("po-bbbb-a1")], closed.WithoutEmptyLots().Lots.Select(l => l.Id));
    }

    [Fact]
    public void Resolution15_a_slice_reserves_its_shares_once_and_final_orders_protect_nothing()
    {
        var lot = Nvda.Lots[1];

        Assert.Equal(10m, lot.ProtectedQuantity);
        Assert.Equal(0m, (lot with { ProtectiveOrders = [.. lot.ProtectiveOrders.Select(o => o with { Status = OrderStatus.Canceled })] }).ProtectedQuantity);
        Assert.True(Nvda.HasOpenProtection);
    }
}

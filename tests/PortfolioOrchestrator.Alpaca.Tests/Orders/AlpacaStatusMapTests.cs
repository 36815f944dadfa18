using PortfolioOrchestrator.Alpaca.Orders;
using PortfolioOrchestrator.Domain.Broker;

namespace PortfolioOrchestrator.Alpaca.Tests.Orders;

public sealed class AlpacaStatusMapTests
{
    [Theory]
    [InlineData("pending_new", 0, OrderStatus.New)]
    [InlineData("accepted", 0, OrderStatus.New)]
    [InlineData("new", 0, OrderStatus.Accepted)]
    [InlineData("accepted_for_bidding", 0, OrderStatus.Accepted)]
    [InlineData("held", 0, OrderStatus.Accepted)]
    [InlineData("partially_filled", 3, OrderStatus.PartiallyFilled)]
    [InlineData("filled", 10, OrderStatus.Filled)]
    [InlineData("done_for_day", 0, OrderStatus.Accepted)]
    [InlineData("done_for_day", 4, OrderStatus.PartiallyFilled)]
    [InlineData("calculated", 0, OrderStatus.Accepted)]
    [InlineData("calculated", 10, OrderStatus.PartiallyFilled)]
    [InlineData("pending_cancel", 0, OrderStatus.Accepted)]
    [InlineData("pending_replace", 2, OrderStatus.PartiallyFilled)]
    [InlineData("stopped", 0, OrderStatus.Accepted)]
    [InlineData("suspended", 0, OrderStatus.Accepted)]
    [InlineData("canceled", 2, OrderStatus.Canceled)]
    [InlineData("replaced", 0, OrderStatus.Canceled)]
    [InlineData("expired", 0, OrderStatus.Expired)]
    [InlineData("rejected", 0, OrderStatus.Rejected)]
    public void Alpaca_statuses_map_onto_ours(string alpaca, int filled, OrderStatus expected) =>
        Assert.Equal(expected, AlpacaStatusMap.Map(alpaca, filled));

    [Theory]
    [InlineData("done_for_day")]
    [InlineData("calculated")]
    [InlineData("pending_cancel")]
    [InlineData("stopped")]
    [InlineData("suspended")]
    public void Statuses_alpaca_may_still_change_are_never_final(string alpaca)
    {
        Assert.False(AlpacaStatusMap.Map(alpaca, 0m)!.Value.IsFinal());
        Assert.False(AlpacaStatusMap.Map(alpaca, 5m)!.Value.IsFinal());
    }

    [Theory]
    [InlineData("something_new")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_statuses_are_not_guessed(string? alpaca) => Assert.Null(AlpacaStatusMap.Map(alpaca, 0m));
}

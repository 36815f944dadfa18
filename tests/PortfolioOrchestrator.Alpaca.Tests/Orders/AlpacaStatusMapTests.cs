using PortfolioOrchestrator.Alpaca.Orders;
using PortfolioOrchestrator.Domain.Broker;

namespace PortfolioOrchestrator.Alpaca.Tests.Orders;

public sealed class AlpacaStatusMapTests
{
    /// <summary>Every order status the Trading API documents, with ours for nothing filled and for 4 shares filled.</summary>
    public static TheoryData<string, OrderStatus, OrderStatus> EveryDocumentedStatus => new()
    {
        { "new", OrderStatus.Accepted, OrderStatus.PartiallyFilled },
        { "accepted", OrderStatus.New, OrderStatus.PartiallyFilled },
        { "pending_new", OrderStatus.New, OrderStatus.PartiallyFilled },
        { "accepted_for_bidding", OrderStatus.Accepted, OrderStatus.PartiallyFilled },
        { "pending_review", OrderStatus.New, OrderStatus.PartiallyFilled },
        { "held", OrderStatus.Accepted, OrderStatus.PartiallyFilled },
        { "partially_filled", OrderStatus.PartiallyFilled, OrderStatus.PartiallyFilled },
        { "pending_cancel", OrderStatus.Accepted, OrderStatus.PartiallyFilled },
        { "pending_replace", OrderStatus.Accepted, OrderStatus.PartiallyFilled },
        { "done_for_day", OrderStatus.Accepted, OrderStatus.PartiallyFilled },
        { "calculated", OrderStatus.Accepted, OrderStatus.PartiallyFilled },
        { "stopped", OrderStatus.Accepted, OrderStatus.PartiallyFilled },
        { "suspended", OrderStatus.Accepted, OrderStatus.PartiallyFilled },
        { "filled", OrderStatus.Filled, OrderStatus.Filled },
        { "canceled", OrderStatus.Canceled, OrderStatus.Canceled },
        { "expired", OrderStatus.Expired, OrderStatus.Expired },
        { "rejected", OrderStatus.Rejected, OrderStatus.Rejected },

        // Followed through replaced_by; without a successor it stays open.
        { "replaced", OrderStatus.Accepted, OrderStatus.PartiallyFilled },
    };

    [Theory]
    [MemberData(nameof(EveryDocumentedStatus))]
    public void Section9_every_trading_api_status_has_a_safe_meaning(string alpaca, OrderStatus nothingFilled, OrderStatus fourFilled)
    {
        Assert.Equal(nothingFilled, AlpacaStatusMap.Map(alpaca, 0m));
        Assert.Equal(fourFilled, AlpacaStatusMap.Map(alpaca, 4m));
        Assert.Equal(nothingFilled, AlpacaStatusMap.Map(alpaca.ToUpperInvariant(), 0m));
    }

    [Fact]
    public void Section9_the_table_covers_every_documented_status()
    {
        var tested = EveryDocumentedStatus.Select(row => (string)row[0]).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(AlpacaStatusMap.Documented.Order(StringComparer.Ordinal), tested.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("filled")]
    [InlineData("canceled")]
    [InlineData("expired")]
    [InlineData("rejected")]
    public void Section9_only_alpacas_terminal_statuses_are_final(string alpaca) => Assert.True(AlpacaStatusMap.Map(alpaca, 0m).IsFinal());

    [Theory]
    [InlineData("done_for_day")]
    [InlineData("calculated")]
    [InlineData("pending_cancel")]
    [InlineData("pending_replace")]
    [InlineData("pending_review")]
    [InlineData("stopped")]
    [InlineData("suspended")]
    [InlineData("held")]
    [InlineData("replaced")]
    public void Section9_statuses_alpaca_may_still_change_are_never_final(string alpaca)
    {
        Assert.False(AlpacaStatusMap.Map(alpaca, 0m).IsFinal());
        Assert.False(AlpacaStatusMap.Map(alpaca, 5m).IsFinal());
    }

    [Theory]
    [InlineData("something_new")]
    [InlineData("")]
    [InlineData(null)]
    public void Section9_an_unknown_status_is_never_taken_for_final(string? alpaca)
    {
        Assert.Equal(OrderStatus.Accepted, AlpacaStatusMap.Map(alpaca, 0m));
        Assert.Equal(OrderStatus.PartiallyFilled, AlpacaStatusMap.Map(alpaca, 2m));
    }
}

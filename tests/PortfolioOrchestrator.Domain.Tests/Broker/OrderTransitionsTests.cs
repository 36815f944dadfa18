namespace PortfolioOrchestrator.Domain.Tests.Broker;

public sealed class OrderTransitionsTests
{
    /// <summary>A venue order's lifecycle as the domain reads it, written out independently of the table.</summary>
    private static readonly HashSet<(OrderStatus From, OrderStatus To)> Expected =
    [
        (OrderStatus.New, OrderStatus.Accepted),
        (OrderStatus.New, OrderStatus.PartiallyFilled),
        (OrderStatus.New, OrderStatus.Filled),
        (OrderStatus.New, OrderStatus.Canceled),
        (OrderStatus.New, OrderStatus.Expired),
        (OrderStatus.New, OrderStatus.Rejected),
        (OrderStatus.Accepted, OrderStatus.PartiallyFilled),
        (OrderStatus.Accepted, OrderStatus.Filled),
        (OrderStatus.Accepted, OrderStatus.Canceled),
        (OrderStatus.Accepted, OrderStatus.Expired),
        (OrderStatus.Accepted, OrderStatus.Rejected),
        (OrderStatus.PartiallyFilled, OrderStatus.Filled),
        (OrderStatus.PartiallyFilled, OrderStatus.Canceled),
        (OrderStatus.PartiallyFilled, OrderStatus.Expired),
    ];

    public static TheoryData<OrderStatus, OrderStatus> EveryPair() => EnumPairs.Of<OrderStatus>();

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void An_order_moves_exactly_along_the_table_and_every_other_move_is_refused(OrderStatus from, OrderStatus to)
    {
        var order = Order(from);

        if (Expected.Contains((from, to)))
        {
            Assert.True(OrderTransitions.Allows(from, to));
            Assert.Equal(to, order.MoveTo(to).Status);
        }
        else
        {
            Assert.False(OrderTransitions.Allows(from, to));
            Assert.Throws<InvalidOperationException>(() => order.MoveTo(to));
        }
    }

    [Theory]
    [InlineData(OrderStatus.New, false)]
    [InlineData(OrderStatus.Accepted, false)]
    [InlineData(OrderStatus.PartiallyFilled, false)]
    [InlineData(OrderStatus.Filled, true)]
    [InlineData(OrderStatus.Canceled, true)]
    [InlineData(OrderStatus.Expired, true)]
    [InlineData(OrderStatus.Rejected, true)]
    public void An_order_is_done_exactly_when_the_table_lets_it_move_nowhere(OrderStatus status, bool final) =>
        Assert.Equal(final, status.IsFinal());

    private static BrokerOrder Order(OrderStatus status) => new()
    {
        ClientOrderId = ClientOrderId.Create("po-test-1"),
        BrokerOrderId = "b-1",
        Ticker = Ticker.Create("MSFT"),
        Side = OrderSide.Buy,
        Type = OrderType.Market,
        Status = status,
        SubmittedAt = Examples.Approval,
    };
}

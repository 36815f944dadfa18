using PortfolioOrchestrator.Domain.Steps.Step4;

namespace PortfolioOrchestrator.Domain.Tests.Steps.Step4;

public sealed class FillReaderTests
{
    private static readonly DateTimeOffset At = Examples.Approval;

    private static BrokerOrder Order(decimal? quantity, params Fill[] fills) => new()
    {
        ClientOrderId = ClientOrderId.Create("po-test-a1"),
        BrokerOrderId = "b-1",
        Ticker = Ticker.Create("MSFT"),
        Side = OrderSide.Buy,
        Type = OrderType.Market,
        Quantity = quantity,
        Status = OrderStatus.PartiallyFilled,
        SubmittedAt = At,
        Fills = fills,
    };

    [Fact]
    public void Resolution12_fills_are_deduplicated_by_execution_id_and_summed()
    {
        var fill = FillReader.Read(Order(null,
            new Fill("x1", 5m, Money.FromDollars(100m), At),
            new Fill("x1", 5m, Money.FromDollars(100m), At),
            new Fill("x2", 3m, Money.FromDollars(110m), At.AddSeconds(1))))!;

        Assert.Equal(8m, fill.Quantity);
        Assert.Equal(Money.FromDollars(830m), fill.FilledDollars);
        Assert.Equal(At.AddSeconds(1), fill.At);
    }

    [Fact]
    public void Resolution12_fills_never_exceed_the_order_quantity()
    {
        var fill = FillReader.Read(Order(10m, new Fill("x1", 8m, Money.FromDollars(100m), At), new Fill("x2", 4m, Money.FromDollars(100m), At)))!;

        Assert.Equal(10m, fill.Quantity);
        Assert.Equal(Money.FromDollars(1_000m), fill.FilledDollars);
    }

    [Fact]
    public void Step4_nothing_filled_reads_as_no_fill()
    {
        Assert.Null(FillReader.Read(Order(null)));
    }
}

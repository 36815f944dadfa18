using System.Text;
using PortfolioOrchestrator.Alpaca.Streaming;
using PortfolioOrchestrator.Domain.Broker;

namespace PortfolioOrchestrator.Alpaca.Tests.Streaming;

/// <summary>Alpaca's stream messages as its documentation shows them: timestamps to the nanosecond, numbers as strings.</summary>
public sealed class TradeUpdateTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 18, 40, 0, TimeSpan.Zero);

    private const string Fill = """
        {"stream":"trade_updates","data":{"event":"fill","execution_id":"7d1e5a20-51f3-4c3b-9a7e-0c2f1b6e9a11",
        "order":{"id":"c0ffee00-1111-4222-8333-444455556666","client_order_id":"po-49c152f3d6e871df-a1",
        "created_at":"2026-11-24T13:40:00.981350886-05:00","updated_at":"2026-11-24T13:40:01.027690731-05:00",
        "submitted_at":"2026-11-24T13:40:00.980944666-05:00","filled_at":"2026-11-24T18:40:01.024916716Z",
        "expired_at":null,"canceled_at":null,"failed_at":null,"replaced_at":null,"replaced_by":null,"replaces":null,
        "asset_id":"b0b6dd9d-8b9b-48a9-ba46-b9d54906e415","symbol":"MSFT","asset_class":"us_equity",
        "notional":"5000","qty":null,"filled_qty":"12.195121951","filled_avg_price":"410",
        "order_class":"","order_type":"market","type":"market","side":"buy","time_in_force":"day",
        "limit_price":null,"stop_price":null,"status":"filled","extended_hours":false,"legs":null,
        "trail_percent":null,"trail_price":null,"hwm":null},
        "position_qty":"12.195121951","price":"410","qty":"12.195121951","timestamp":"2026-11-24T18:40:01.024916716Z"}}
        """;

    [Fact]
    public void A_documented_fill_event_is_read_into_its_order_and_its_execution()
    {
        var message = StreamMessage.TryRead(Encoding.UTF8.GetBytes(Fill));

        var update = TradeUpdate.TryRead(message!, Now);

        Assert.NotNull(update);
        Assert.Equal("fill", update.Event);
        Assert.Equal(OrderStatus.Filled, update.Order.Status);
        Assert.Equal("po-49c152f3d6e871df-a1", update.Order.ClientOrderId.Value);
        Assert.Equal(12.195121951m, update.Order.FilledQuantity);
        var execution = update.Execution!;
        Assert.Equal("7d1e5a20-51f3-4c3b-9a7e-0c2f1b6e9a11", execution.ExecutionId);
        Assert.Equal(12.195121951m, execution.Quantity);
        Assert.Equal(410m, execution.Price.Dollars);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 18, 40, 1, TimeSpan.Zero), execution.At.AddTicks(-(execution.At.Ticks % TimeSpan.TicksPerSecond)));
    }

    [Fact]
    public void A_canceled_event_carries_no_execution()
    {
        var text = Fill.Replace("\"event\":\"fill\"", "\"event\":\"canceled\"", StringComparison.Ordinal).Replace("\"status\":\"filled\"", "\"status\":\"canceled\"", StringComparison.Ordinal);

        var update = TradeUpdate.TryRead(StreamMessage.TryRead(Encoding.UTF8.GetBytes(text))!, Now);

        Assert.Equal(OrderStatus.Canceled, update!.Order.Status);
        Assert.Null(update.Execution);
    }

    [Theory]
    [InlineData("""{"stream":"authorization","data":{"status":"authorized","action":"authenticate"}}""", true)]
    [InlineData("""{"stream":"authorization","data":{"status":"unauthorized","action":"authenticate"}}""", false)]
    [InlineData("""{"stream":"listening","data":{"streams":["trade_updates"]}}""", false)]
    public void The_authorization_answer_is_read_as_alpaca_documents_it(string json, bool authorized)
    {
        Assert.Equal(authorized, StreamMessage.TryRead(Encoding.UTF8.GetBytes(json))!.IsAuthorized);
    }

    [Theory]
    [InlineData("""{"stream":"listening","data":{"streams":["trade_updates"]}}""", true)]
    [InlineData("""{"stream":"listening","data":{"streams":[]}}""", false)]
    public void The_listen_acknowledgement_counts_only_when_it_names_trade_updates(string json, bool listening)
    {
        Assert.Equal(listening, StreamMessage.TryRead(Encoding.UTF8.GetBytes(json))!.ListensToTradeUpdates);
    }

    [Fact]
    public void A_message_that_is_not_json_is_no_message()
    {
        Assert.Null(StreamMessage.TryRead("not json"u8));
    }
}

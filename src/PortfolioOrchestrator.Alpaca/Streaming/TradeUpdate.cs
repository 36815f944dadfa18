using System.Text.Json;
using PortfolioOrchestrator.Alpaca.Json;
using PortfolioOrchestrator.Alpaca.Orders;
using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Alpaca.Streaming;

/// <summary>
/// One message of Alpaca's stream, JSON (<c>{"stream": "…", "data": {…}}</c>). A <c>trade_updates</c> message
/// carries an <c>event</c> (<c>new</c>, <c>fill</c>, <c>partial_fill</c>, <c>canceled</c>, <c>expired</c>,
/// <c>replaced</c>, <c>rejected</c>, <c>pending_new</c>, …), the order object as the REST API gives it, and for a
/// fill the execution: <c>execution_id</c>, <c>qty</c> (shares in this execution), <c>price</c>, <c>timestamp</c>.
/// </summary>
internal sealed record StreamMessage(string? Stream, JsonElement Data)
{
    public static StreamMessage? TryRead(ReadOnlySpan<byte> utf8)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8.ToArray());
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var stream = root.TryGetProperty("stream", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
            var data = root.TryGetProperty("data", out var d) ? d.Clone() : default;
            return new StreamMessage(stream, data);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The <c>authorization</c> answer says <c>authorized</c>.</summary>
    public bool IsAuthorized => Stream == "authorization" && Text("status") == "authorized";

    /// <summary>The <c>listening</c> acknowledgement names <c>trade_updates</c>.</summary>
    public bool ListensToTradeUpdates =>
        Stream == "listening" && Data.ValueKind == JsonValueKind.Object && Data.TryGetProperty("streams", out var streams)
        && streams.ValueKind == JsonValueKind.Array && streams.EnumerateArray().Any(e => e.ValueKind == JsonValueKind.String && e.GetString() == "trade_updates");

    public string? Text(string name) =>
        Data.ValueKind == JsonValueKind.Object && Data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

/// <summary>A <c>trade_updates</c> event read into the order it reports and, for a fill, its execution.</summary>
internal sealed record TradeUpdate(string Event, BrokerOrder Order, Fill? Execution)
{
    public bool IsReplacement => Event == "replaced";

    public static TradeUpdate? TryRead(StreamMessage message, DateTimeOffset now)
    {
        if (message.Stream != "trade_updates" || message.Data.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        TradeUpdateDto? dto;
        try
        {
            dto = message.Data.Deserialize<TradeUpdateDto>(AlpacaJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }

        if (dto?.Event is not { } name || dto.Order is not { } orderDto || AlpacaOrderMapper.TryMap(orderDto, null, now, out _) is not { Count: > 0 } orders)
        {
            return null;
        }

        var execution = name is "fill" or "partial_fill" && dto.ExecutionId is { Length: > 0 } id && dto.Qty is > 0m && dto.Price is > 0m
            ? new Fill(id, dto.Qty.Value, Money.FromDollars(dto.Price.Value), dto.Timestamp ?? orders[0].FilledAt ?? now)
            : null;
        return new TradeUpdate(name, orders[0], execution);
    }

    private sealed record TradeUpdateDto
    {
        public string? Event { get; init; }

        public string? ExecutionId { get; init; }

        public AlpacaOrderDto? Order { get; init; }

        public decimal? Qty { get; init; }

        public decimal? Price { get; init; }

        public DateTimeOffset? Timestamp { get; init; }
    }
}

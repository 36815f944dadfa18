using PortfolioOrchestrator.Alpaca.Http;
using PortfolioOrchestrator.Alpaca.Json;
using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Alpaca.Orders;

/// <summary>
/// Idempotent order placement keyed by client order id (CONTRACT Resolutions 11 and 12): ask first,
/// send at most once, and when the answer is lost say so instead of sending again.
/// </summary>
internal sealed class AlpacaOrderGateway(AlpacaConnection connection)
{
    public async Task<LookupResult> LookupAsync(ClientOrderId id, AccountId? account, CancellationToken cancellationToken)
    {
        var call = await connection.GetAsync(
            "v2/orders:by_client_order_id?client_order_id=" + Uri.EscapeDataString(id.Value), cancellationToken).ConfigureAwait(false);
        switch (call.Kind)
        {
            case AlpacaCallKind.NotFound:
                return new LookupResult(OrderLookup.NotFound, []);
            case AlpacaCallKind.Success:
                var orders = Read(call.Body, account, out var problem);
                return orders is null
                    ? new LookupResult(OrderLookup.Unresolved($"Alpaca's answer about {id} could not be read: {problem}"), [])
                    : new LookupResult(OrderLookup.Found(orders[0]), orders);
            default:
                return new LookupResult(OrderLookup.Unresolved($"could not ask Alpaca about {id}: {call.Message}"), []);
        }
    }

    public async Task<Placement> PlaceAsync(ClientOrderId id, string body, AccountId? account, CancellationToken cancellationToken)
    {
        var existing = await LookupAsync(id, account, cancellationToken).ConfigureAwait(false);
        switch (existing.Lookup.Kind)
        {
            case OrderLookupKind.Found:
                return new Placement(Known(existing.Lookup.Order!), existing.Orders);
            case OrderLookupKind.Unresolved:
                return new Placement(OrderOutcome.Unresolved($"{existing.Lookup.Reason}; nothing was sent"), []);
        }

        var call = await connection.PostOnceAsync("v2/orders", body, cancellationToken).ConfigureAwait(false);
        switch (call.Kind)
        {
            case AlpacaCallKind.Success:
                var orders = Read(call.Body, account, out var problem);
                return orders is null
                    ? Unresolved(id, $"Alpaca's answer could not be read ({problem})")
                    : new Placement(Known(orders[0]), orders);
            case AlpacaCallKind.Permanent when IsDuplicateId(call):
                return await ExistingAfterDuplicateAsync(id, account, cancellationToken).ConfigureAwait(false);
            case AlpacaCallKind.Permanent or AlpacaCallKind.NotFound:
                return new Placement(OrderOutcome.Rejected(call.Message), []);
            default:
                return Unresolved(id, call.Message);
        }
    }

    public async Task<OrderOutcome> CancelAsync(ClientOrderId id, CancellationToken cancellationToken)
    {
        var existing = await LookupAsync(id, null, cancellationToken).ConfigureAwait(false);
        if (existing.Lookup.Kind != OrderLookupKind.Found)
        {
            return existing.Lookup.Kind == OrderLookupKind.NotFound
                ? OrderOutcome.Rejected($"Alpaca has no order {id} to cancel")
                : OrderOutcome.Unresolved(existing.Lookup.Reason ?? "unknown");
        }

        var order = existing.Lookup.Order!;
        if (order.Status.IsFinal())
        {
            return OrderOutcome.Accepted(order);
        }

        var call = await connection.DeleteAsync("v2/orders/" + Uri.EscapeDataString(order.BrokerOrderId), cancellationToken).ConfigureAwait(false);
        var after = await ReadUntilFinalAsync(id, cancellationToken).ConfigureAwait(false);
        return (call.Kind, after.Lookup.Kind) switch
        {
            (AlpacaCallKind.Success, OrderLookupKind.Found) => OrderOutcome.Accepted(after.Lookup.Order!),

            // Alpaca refuses to cancel an order that just finished; what it finished as is the answer.
            (AlpacaCallKind.Permanent or AlpacaCallKind.NotFound, OrderLookupKind.Found) when after.Lookup.Order!.Status.IsFinal() =>
                OrderOutcome.Accepted(after.Lookup.Order),
            (AlpacaCallKind.Permanent or AlpacaCallKind.NotFound, _) => OrderOutcome.Rejected(call.Message),
            _ => OrderOutcome.Unresolved($"cancel of {id}: {call.Message} {after.Lookup.Reason}".Trim()),
        };
    }

    /// <summary>
    /// Alpaca answers a DELETE when it has taken the request: the order is <c>pending_cancel</c> and fills
    /// may still arrive (CONTRACT Resolution 18). It is read again, with growing waits, until it is final or
    /// the settings' reads are spent; the last answer is returned either way.
    /// </summary>
    private async Task<LookupResult> ReadUntilFinalAsync(ClientOrderId id, CancellationToken cancellationToken)
    {
        var wait = connection.Settings.CancelConfirmFirstWait;
        var after = await LookupAsync(id, null, cancellationToken).ConfigureAwait(false);
        for (var read = 1; read < connection.Settings.CancelConfirmReads && after.Lookup.Order is { } order && !order.Status.IsFinal(); read++)
        {
            await Task.Delay(wait, connection.TimeProvider, cancellationToken).ConfigureAwait(false);
            wait *= 2;
            after = await LookupAsync(id, null, cancellationToken).ConfigureAwait(false);
        }

        return after;
    }

    private async Task<Placement> ExistingAfterDuplicateAsync(ClientOrderId id, AccountId? account, CancellationToken cancellationToken)
    {
        var existing = await LookupAsync(id, account, cancellationToken).ConfigureAwait(false);
        return existing.Lookup.Kind == OrderLookupKind.Found
            ? new Placement(Known(existing.Lookup.Order!), existing.Orders)
            : Unresolved(id, $"Alpaca says {id} exists but could not show it ({existing.Lookup.Reason ?? "not found"})");
    }

    private static OrderOutcome Known(BrokerOrder order) =>
        order.Status == OrderStatus.Rejected ? OrderOutcome.Rejected(order.RejectReason ?? "rejected by Alpaca", order) : OrderOutcome.Accepted(order);

    private static Placement Unresolved(ClientOrderId id, string why) =>
        new(OrderOutcome.Unresolved($"{why}; whether Alpaca took {id} is unknown: look it up, it was not resent"), []);

    private static bool IsDuplicateId(AlpacaCall call) =>
        call.StatusCode == 422 && call.Message.Contains("client_order_id", StringComparison.OrdinalIgnoreCase)
        && call.Message.Contains("unique", StringComparison.OrdinalIgnoreCase);

    private IReadOnlyList<BrokerOrder>? Read(string body, AccountId? account, out string? problem)
    {
        var dto = AlpacaJson.TryRead<AlpacaOrderDto>(body);
        if (dto is null)
        {
            problem = "not an order object";
            return null;
        }

        var orders = AlpacaOrderMapper.TryMap(dto, account, connection.TimeProvider.GetUtcNow(), out problem);
        if (problem is not null)
        {
            problem = connection.Options.Scrub(problem);
        }

        return orders;
    }
}

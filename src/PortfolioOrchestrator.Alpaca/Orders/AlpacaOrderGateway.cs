using PortfolioOrchestrator.Alpaca.Http;
using PortfolioOrchestrator.Alpaca.Json;
using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Alpaca.Orders;

/// <summary>
/// Idempotent order placement keyed by client order id (CONTRACT Resolutions 11, 12 and 17): an order
/// is only ever sent under its own id, so sending it again cannot make a second one; Alpaca's "must be
/// unique" refusal means it holds the order, which is then looked up.
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
                var (orders, problem) = await ReadFollowingReplacementsAsync(call.Body, account, cancellationToken).ConfigureAwait(false);
                return orders is null
                    ? new LookupResult(OrderLookup.Unresolved($"Alpaca's answer about {id} could not be read: {problem}"), [])
                    : new LookupResult(OrderLookup.Found(orders[0]), orders);
            default:
                return new LookupResult(OrderLookup.Unresolved($"could not ask Alpaca about {id}: {call.Message}"), []);
        }
    }

    /// <summary>
    /// Sends the order and, while its answer is lost, rate limited (429) or a server error (5xx), sends the
    /// same body with the same client order id again after Alpaca's Retry-After (else X-Ratelimit-Reset,
    /// else a doubling backoff) until it is accepted or refused or <see cref="AlpacaHttpSettings.SubmitRetryWindow"/>
    /// passes (CONTRACT Resolution 17). Alpaca refuses a second order with an id it holds, so this cannot
    /// duplicate; that refusal is settled by looking the id up. Nothing is asked before the first send.
    /// </summary>
    public async Task<Placement> PlaceAsync(ClientOrderId id, string body, AccountId? account, CancellationToken cancellationToken)
    {
        var settings = connection.Settings;
        var deadline = connection.TimeProvider.GetUtcNow() + settings.SubmitRetryWindow;
        var backoff = settings.BaseDelay;
        for (var sends = 1; ; sends++)
        {
            var call = await connection.PostOnceAsync("v2/orders", body, cancellationToken).ConfigureAwait(false);
            switch (call.Kind)
            {
                case AlpacaCallKind.Success:
                    var orders = Read(call.Body, account, out var problem);
                    if (orders is not null)
                    {
                        return new Placement(Known(orders[0]), orders);
                    }

                    // Alpaca took it but its answer cannot be read: sending again meets "must be unique" and a lookup.
                    call = call with { Message = $"Alpaca's answer could not be read ({problem})" };
                    break;
                case AlpacaCallKind.Permanent when call.StatusCode == 401:
                    // Keys Alpaca does not accept: nothing was placed, and nothing can be asked either; the run stops.
                    return new Placement(OrderOutcome.Unresolved($"Alpaca refused the keys ({call.Message}); {id} was not placed"), []);
                case AlpacaCallKind.Permanent when IsDuplicateId(call):
                    return await ExistingAfterDuplicateAsync(id, account, deadline, earlier: sends == 1, cancellationToken).ConfigureAwait(false);
                case AlpacaCallKind.Permanent or AlpacaCallKind.NotFound:
                    return new Placement(OrderOutcome.Rejected(call.Message), []);
            }

            var wait = call.RetryAfter ?? backoff;
            backoff = backoff * 2 < settings.MaxDelay ? backoff * 2 : settings.MaxDelay;
            if (connection.TimeProvider.GetUtcNow() + wait > deadline)
            {
                return Unresolved(id, $"{call.Message}; sent {sends} time{(sends == 1 ? string.Empty : "s")} with the same id within {settings.SubmitRetryWindow.TotalSeconds:0} s");
            }

            await Task.Delay(wait, connection.TimeProvider, cancellationToken).ConfigureAwait(false);
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

    /// <summary>
    /// Alpaca refused the id as already in use, so an order with it exists: it is looked up and taken as
    /// the outcome. Right after a lost answer the lookup may not see it yet ("not found" for a few seconds
    /// is no proof), so a miss is asked again until <paramref name="deadline"/>. <paramref name="earlier"/>:
    /// the refusal met the first send, so the order is one placed before this call.
    /// </summary>
    private async Task<Placement> ExistingAfterDuplicateAsync(ClientOrderId id, AccountId? account, DateTimeOffset deadline, bool earlier, CancellationToken cancellationToken)
    {
        var wait = connection.Settings.BaseDelay;
        while (true)
        {
            var existing = await LookupAsync(id, account, cancellationToken).ConfigureAwait(false);
            if (existing.Lookup.Kind == OrderLookupKind.Found)
            {
                return new Placement(Known(existing.Lookup.Order!) with { AlreadyPlaced = earlier }, existing.Orders);
            }

            if (existing.Lookup.Kind == OrderLookupKind.Unresolved || connection.TimeProvider.GetUtcNow() + wait > deadline)
            {
                return Unresolved(id, $"Alpaca says {id} is in use but could not show it ({existing.Lookup.Reason ?? "not found"})");
            }

            await Task.Delay(wait, connection.TimeProvider, cancellationToken).ConfigureAwait(false);
            wait = wait * 2 < connection.Settings.MaxDelay ? wait * 2 : connection.Settings.MaxDelay;
        }
    }

    private static OrderOutcome Known(BrokerOrder order) =>
        order.Status == OrderStatus.Rejected ? OrderOutcome.Rejected(order.RejectReason ?? "rejected by Alpaca", order) : OrderOutcome.Accepted(order);

    private static Placement Unresolved(ClientOrderId id, string why) =>
        new(OrderOutcome.Unresolved($"{why}; whether Alpaca took {id} is unknown: look it up by its client order id"), []);

    private static bool IsDuplicateId(AlpacaCall call) =>
        call.StatusCode == 422 && call.Message.Contains("client_order_id", StringComparison.OrdinalIgnoreCase)
        && call.Message.Contains("unique", StringComparison.OrdinalIgnoreCase);

    /// <summary>The order in <paramref name="body"/> as it now stands: a <c>replaced</c> one is followed to its successor.</summary>
    private async Task<(IReadOnlyList<BrokerOrder>? Orders, string? Problem)> ReadFollowingReplacementsAsync(string body, AccountId? account, CancellationToken cancellationToken)
    {
        var dto = AlpacaJson.TryRead<AlpacaOrderDto>(body);
        if (dto is null)
        {
            return (null, "not an order object");
        }

        var (current, problem) = await AlpacaReplacements.FollowAsync(connection, dto, cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            return (null, connection.Options.Scrub(problem!));
        }

        var orders = Map(current, account, out problem);
        return (orders, problem);
    }

    private IReadOnlyList<BrokerOrder>? Read(string body, AccountId? account, out string? problem)
    {
        var dto = AlpacaJson.TryRead<AlpacaOrderDto>(body);
        if (dto is null)
        {
            problem = "not an order object";
            return null;
        }

        return Map(dto, account, out problem);
    }

    private IReadOnlyList<BrokerOrder>? Map(AlpacaOrderDto dto, AccountId? account, out string? problem)
    {
        var orders = AlpacaOrderMapper.TryMap(dto, account, connection.TimeProvider.GetUtcNow(), out problem);
        if (problem is not null)
        {
            problem = connection.Options.Scrub(problem);
        }

        return orders;
    }
}

namespace PortfolioOrchestrator.Domain.Broker;

/// <summary>The three ways an order can end up (CONTRACT Resolution 12), plus an accepted order.</summary>
public enum OrderOutcomeKind
{
    /// <summary>The venue took the order; <see cref="OrderOutcome.Order"/> says its state.</summary>
    Accepted,

    /// <summary>Refused by us before sending; nothing reached the venue.</summary>
    Denied,

    /// <summary>The venue said no; nothing will fill.</summary>
    Rejected,

    /// <summary>We do not know (timeout, dropped connection, unreadable answer): settle by looking the id up, never by sending again.</summary>
    Unresolved,
}

/// <summary>The answer to a submit or cancel. Expected failures are values, not exceptions.</summary>
public sealed record OrderOutcome(OrderOutcomeKind Kind, BrokerOrder? Order, string? Reason)
{
    /// <summary>
    /// The venue already held an order with this client order id before this send (it refused the id as
    /// in use and the order was looked up): the answer is that earlier order, not a new one.
    /// </summary>
    public bool AlreadyPlaced { get; init; }

    /// <summary>Something the venue changed about the order as sent that the report should say (e.g. whole shares for a notional).</summary>
    public string? Note { get; init; }

    public static OrderOutcome Accepted(BrokerOrder order) => new(OrderOutcomeKind.Accepted, order, null);

    public static OrderOutcome Denied(string reason) => new(OrderOutcomeKind.Denied, null, reason);

    public static OrderOutcome Rejected(string reason, BrokerOrder? order = null) => new(OrderOutcomeKind.Rejected, order, reason);

    public static OrderOutcome Unresolved(string reason) => new(OrderOutcomeKind.Unresolved, null, reason);
}

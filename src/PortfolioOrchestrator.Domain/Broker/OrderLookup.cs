namespace PortfolioOrchestrator.Domain.Broker;

public enum OrderLookupKind
{
    Found,
    NotFound,

    /// <summary>The venue could not be asked (after retries); the answer is unknown.</summary>
    Unresolved,
}

/// <summary>The answer to "does the venue know this client order id?".</summary>
public sealed record OrderLookup(OrderLookupKind Kind, BrokerOrder? Order, string? Reason)
{
    public static OrderLookup Found(BrokerOrder order) => new(OrderLookupKind.Found, order, null);

    public static readonly OrderLookup NotFound = new(OrderLookupKind.NotFound, null, null);

    public static OrderLookup Unresolved(string reason) => new(OrderLookupKind.Unresolved, null, reason);
}

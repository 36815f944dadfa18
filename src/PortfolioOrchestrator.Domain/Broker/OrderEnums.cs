namespace PortfolioOrchestrator.Domain.Broker;

public enum OrderSide
{
    Buy,
    Sell,
}

/// <summary>Entry orders are <see cref="Market"/> (by notional); protection is <see cref="Stop"/> and <see cref="Limit"/>.</summary>
public enum OrderType
{
    Market,
    Stop,
    Limit,
}

/// <summary>A broker order's state, as adapters map their venue's states onto it.</summary>
public enum OrderStatus
{
    /// <summary>Sent, not yet acknowledged as working.</summary>
    New,

    /// <summary>Working at the venue, nothing filled.</summary>
    Accepted,

    /// <summary>Working, partly filled.</summary>
    PartiallyFilled,

    /// <summary>Done: everything filled.</summary>
    Filled,

    /// <summary>Done: canceled; what filled before (if anything) stays filled.</summary>
    Canceled,

    /// <summary>Done: expired at the end of its time in force; what filled stays filled.</summary>
    Expired,

    /// <summary>Done: refused by the venue.</summary>
    Rejected,
}

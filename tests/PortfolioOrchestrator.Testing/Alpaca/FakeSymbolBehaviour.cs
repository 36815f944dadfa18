namespace PortfolioOrchestrator.Testing.Alpaca;

/// <summary>How the fake venue treats entry (market) orders for one symbol.</summary>
public enum FakeFillMode
{
    /// <summary>Filled (for <see cref="FakeSymbolBehaviour.FillRatio"/> of the order) as soon as it is accepted.</summary>
    Immediate,

    /// <summary>accepted, then partially_filled, then filled (or canceled with what filled) over successive GETs.</summary>
    Progressive,

    /// <summary>Stays <c>new</c> forever.</summary>
    Never,

    /// <summary>Refused at submission: HTTP 403 with <see cref="FakeSymbolBehaviour.RejectMessage"/>.</summary>
    Reject,

    /// <summary>Accepted (HTTP 200) with status <c>rejected</c>.</summary>
    RejectAfterAccept,
}

/// <summary>A symbol's price (dollars per share) and how its market orders fill.</summary>
public sealed record FakeSymbolBehaviour(decimal Price, FakeFillMode Mode = FakeFillMode.Immediate)
{
    /// <summary>The share of an order that fills (1 = all).</summary>
    public decimal FillRatio { get; init; } = 1m;

    public string RejectMessage { get; init; } = "asset is not tradable";
}

namespace PortfolioOrchestrator.Testing.Alpaca;

/// <summary>How the fake venue treats entry (market) orders for one symbol.</summary>
public enum FakeFillMode
{
    /// <summary>
    /// As Alpaca answers by default: <c>accepted</c> at submission, filled (for
    /// <see cref="FakeSymbolBehaviour.FillRatio"/> of the order) when the order is next read. A part fill
    /// stays <c>partially_filled</c> and open until it is canceled (unless <see cref="FakeSymbolBehaviour.CancelsRest"/>).
    /// </summary>
    OnNextRead,

    /// <summary>Filled (for <see cref="FakeSymbolBehaviour.FillRatio"/>) in the answer to the submission itself; a test opts into it.</summary>
    Immediate,

    /// <summary><c>accepted</c>, then <c>partially_filled</c> with half, then the full <see cref="FakeSymbolBehaviour.FillRatio"/> over successive reads.</summary>
    Progressive,

    /// <summary>Stays <c>new</c> forever.</summary>
    Never,

    /// <summary>Refused at submission: HTTP 403 with <see cref="FakeSymbolBehaviour.RejectMessage"/>.</summary>
    Reject,

    /// <summary>Accepted (HTTP 200) with status <c>rejected</c>.</summary>
    RejectAfterAccept,
}

/// <summary>A symbol's price (dollars per share, also its latest trade), its asset record, and how its market orders fill.</summary>
public sealed record FakeSymbolBehaviour(decimal Price, FakeFillMode Mode = FakeFillMode.OnNextRead)
{
    /// <summary>The share of an order that fills (1 = all).</summary>
    public decimal FillRatio { get; init; } = 1m;

    /// <summary>
    /// The venue cancels what a part fill left (as a market order's rest is canceled at the close), so the
    /// order ends <c>canceled</c> with what filled. Off by default: a part fill stays open until canceled.
    /// </summary>
    public bool CancelsRest { get; init; }

    /// <summary>A cancel request meets a fill: the order ends <c>filled</c> instead of <c>canceled</c>.</summary>
    public bool FillsWhileCanceling { get; init; }

    public string RejectMessage { get; init; } = "asset is not tradable";

    /// <summary>What <c>GET /v2/assets/{symbol}</c> says of fractional trading. <value>The default value is true.</value></summary>
    public bool Fractionable { get; init; } = true;

    /// <summary>The position's <c>market_value</c> comes back <c>null</c> (as Alpaca's does when it has no price for it).</summary>
    public bool MarketValueUnknown { get; init; }

    /// <summary>The position's <c>current_price</c> comes back <c>null</c> too (with <see cref="MarketValueUnknown"/>: Alpaca cannot value it at all).</summary>
    public bool CurrentPriceUnknown { get; init; }

    /// <summary>Whether <c>GET /v2/stocks/{symbol}/trades/latest</c> knows a trade for the symbol. <value>The default value is true.</value></summary>
    public bool HasLatestTrade { get; init; } = true;
}

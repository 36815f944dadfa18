namespace PortfolioOrchestrator.Reporting.Model;

/// <summary>
/// One trade as the report shows it. Money in dollars, prices per share, quantities in shares,
/// <see cref="SlippageBps"/> in basis points (positive is worse for us), <see cref="BufferAfter"/> a fraction.
/// </summary>
public sealed record TradeReport
{
    public required string TradeId { get; init; }

    public required string Ticker { get; init; }

    /// <summary><c>BUY</c> or <c>SELL</c>.</summary>
    public required string Side { get; init; }

    public string? Account { get; init; }

    /// <summary>The venue that served the trade's account: <c>paper</c>, <c>alpaca</c>, or with <c>--accounts</c> <c>alpaca:KEY_VARIABLE</c> (CONTRACT §7).</summary>
    public string? Venue { get; init; }

    public string? Sector { get; init; }

    public required decimal SizeDollars { get; init; }

    /// <summary>
    /// <c>EXECUTED</c>, <c>EXECUTION_FAILED</c>, <c>HALTED</c>, <c>DEFERRED</c>, <c>NOT_APPROVED</c>,
    /// <c>PENDING_FILL</c>, <c>ALREADY_EXECUTED</c>; while a run is under way also <c>QUEUED</c> or <c>UNKNOWN</c>.
    /// </summary>
    public required string Status { get; init; }

    public string? Conviction { get; init; }

    public DateTimeOffset? ApprovalTimestamp { get; init; }

    public string? ClientOrderId { get; init; }

    public decimal? ExecutionPrice { get; init; }

    public decimal? ExecutionQuantity { get; init; }

    public decimal? FilledDollars { get; init; }

    public DateTimeOffset? ExecutionTimestamp { get; init; }

    public decimal? SlippageBps { get; init; }

    /// <summary>The venue's market price per share just before the send (CONTRACT Resolution 22); null when the venue could not say.</summary>
    public decimal? MarketPriceAtSubmission { get; init; }

    /// <summary>Signed slippage in basis points against <see cref="MarketPriceAtSubmission"/>; null when that price is unknown.</summary>
    public decimal? MarketSlippageBps { get; init; }

    public decimal? BufferAfter { get; init; }

    /// <summary><c>BUFFER_MARGINAL</c>, <c>BUFFER_BREACHED</c>, <c>SLIPPAGE</c>, <c>PARTIAL_FILL</c>, <c>UNPROTECTED</c>.</summary>
    public required IReadOnlyList<string> Flags { get; init; }

    public ProtectiveOrderReport? StopLossOrder { get; init; }

    /// <summary>Further stops when the position is protected in slices (Alpaca one-cancels-other pairs); empty otherwise.</summary>
    public IReadOnlyList<ProtectiveOrderReport> AdditionalStopLossOrders { get; init; } = [];

    public required IReadOnlyList<ProtectiveOrderReport> ProfitTargetOrders { get; init; }

    /// <summary>What could not be protected, in words.</summary>
    public required IReadOnlyList<string> Unprotected { get; init; }

    public string? Reason { get; init; }

    /// <summary>For <c>ALREADY_EXECUTED</c>: the run that placed the order.</summary>
    public string? EarlierRunId { get; init; }
}

/// <summary>
/// A stop-loss (<c>type</c> <c>stop</c>, <see cref="StopPrice"/> set) or profit target (<c>limit</c>,
/// <see cref="LimitPrice"/> set). Quantity in shares, prices in dollars per share, status in the
/// broker's lower-case words (<c>accepted</c>, <c>filled</c>, …).
/// </summary>
public sealed record ProtectiveOrderReport
{
    public required string ClientOrderId { get; init; }

    public required string Type { get; init; }

    public required decimal Quantity { get; init; }

    public decimal? StopPrice { get; init; }

    public decimal? LimitPrice { get; init; }

    public required string Status { get; init; }

    /// <summary>When the venue lets the order lapse, where it says (Alpaca's <c>expires_at</c> of a GTC order).</summary>
    public DateTimeOffset? ExpiresAt { get; init; }
}

namespace PortfolioOrchestrator.Reporting.Monitoring;

/// <summary>
/// STEP 8's daily check of a portfolio: how old PORTFOLIO.md is, sectors against the cap, the cash
/// buffer against the minimum and floor, each position and the protective orders still working at the
/// venue against the given prices. Ratios are fractions, money dollars, prices dollars per share.
/// </summary>
public sealed record MonitorReport
{
    /// <summary>The New York date of the check (yyyy-MM-dd).</summary>
    public required DateOnly Date { get; init; }

    /// <summary>
    /// <see cref="MonitorStatus.Ok"/> only when every position was checked and nothing is out of its limits;
    /// <see cref="MonitorStatus.NeedsAttention"/> when a finding needs attention;
    /// <see cref="MonitorStatus.NotChecked"/> when nothing was found out of limits but a position could not be checked.
    /// </summary>
    public required string Status { get; init; }

    public required DateTimeOffset PortfolioLastUpdated { get; init; }

    /// <summary>NYSE sessions since PORTFOLIO.md's date (CONTRACT Resolution 7); above the policy's <c>max_staleness_trading_days</c> it is a finding.</summary>
    public required int PortfolioTradingDaysElapsed { get; init; }

    public required IReadOnlyList<MonitorSector> Sectors { get; init; }

    public required MonitorCash Cash { get; init; }

    /// <summary>Every position checked or not: PORTFOLIO.md's, then those only the venue's protective orders name.</summary>
    public required IReadOnlyList<MonitorPosition> Positions { get; init; }

    public required IReadOnlyList<MonitorOrder> ProtectiveOrders { get; init; }

    /// <summary>Each lot we protect, as read at its account's venue (CONTRACT Resolution 16).</summary>
    public IReadOnlyList<Tracking.TrackedLot> Lots { get; init; } = [];

    /// <summary>What needs attention or could not be checked; empty when the status is <c>OK</c>.</summary>
    public required IReadOnlyList<MonitorFinding> Findings { get; init; }
}

/// <summary>A sector's allocation (fraction) against the cap: <c>PASS</c> or <c>FAIL</c>.</summary>
public sealed record MonitorSector(string Sector, decimal Allocation, decimal Cap, string Status);

/// <summary>Cash and total value in dollars; the buffer a fraction; check <c>PASS</c>, <c>CAUTION</c> or <c>FAIL</c>.</summary>
public sealed record MonitorCash(decimal TotalCash, decimal TotalValue, decimal Buffer, decimal MinBuffer, decimal BufferFloor, string Check);

/// <summary>
/// One position: its account (null when the venue's order names none), shares held as PORTFOLIO.md says
/// (null for a position only the venue's orders name), the given price (null without one) and its
/// status, <c>OK</c>, <c>NEEDS_ATTENTION</c> or <c>NOT_CHECKED</c> (no price, so its protection was not judged).
/// </summary>
public sealed record MonitorPosition(string Ticker, string? Account, string? Sector, decimal? Quantity, decimal? Price, string Status);

/// <summary>
/// A stop-loss (<c>stop</c>) or profit target (<c>limit</c>) still working. <see cref="Price"/> is the
/// given price or null; <see cref="Triggered"/> whether that price reaches the order's trigger, null without a price.
/// </summary>
public sealed record MonitorOrder(
    string ClientOrderId,
    string Ticker,
    string Side,
    string Type,
    decimal? Quantity,
    decimal? StopPrice,
    decimal? LimitPrice,
    string Status,
    decimal? Price,
    bool? Triggered);

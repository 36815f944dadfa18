namespace PortfolioOrchestrator.Reporting.Monitoring;

/// <summary>
/// STEP 8's daily check of a portfolio: sectors against the cap, the cash buffer against the minimum
/// and floor, and the protective orders still working at the venue against the given prices.
/// Ratios are fractions, money dollars, prices dollars per share.
/// </summary>
public sealed record MonitorReport
{
    /// <summary>The New York date of the check (yyyy-MM-dd).</summary>
    public required DateOnly Date { get; init; }

    /// <summary><c>OK</c> or <c>NEEDS_ATTENTION</c>.</summary>
    public required string Status { get; init; }

    public required DateTimeOffset PortfolioLastUpdated { get; init; }

    public required IReadOnlyList<MonitorSector> Sectors { get; init; }

    public required MonitorCash Cash { get; init; }

    public required IReadOnlyList<MonitorOrder> ProtectiveOrders { get; init; }

    /// <summary>What needs attention, in words; empty when the status is <c>OK</c>.</summary>
    public required IReadOnlyList<string> Findings { get; init; }
}

/// <summary>A sector's allocation (fraction) against the cap: <c>PASS</c> or <c>FAIL</c>.</summary>
public sealed record MonitorSector(string Sector, decimal Allocation, decimal Cap, string Status);

/// <summary>Cash and total value in dollars; the buffer a fraction; check <c>PASS</c>, <c>CAUTION</c> or <c>FAIL</c>.</summary>
public sealed record MonitorCash(decimal TotalCash, decimal TotalValue, decimal Buffer, decimal MinBuffer, decimal BufferFloor, string Check);

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

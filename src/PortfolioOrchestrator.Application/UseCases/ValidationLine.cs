namespace PortfolioOrchestrator.Application.UseCases;

/// <summary>
/// <c>po validate --json</c> (and the MCP tool <c>validate_execution</c>): STEP 1–2's verdict in the contract's
/// words. Ratios are fractions (0.15 is 15 %); <see cref="SectorFlagLine.DriftPp"/> is in percentage points.
/// </summary>
public sealed record ValidationLine(
    bool Ready,
    bool NeedsDecision,
    string PortfolioState,
    int TradingDaysElapsed,
    decimal PortfolioAgeHours,
    string RefreshAction,
    PreExecutionLine PreExecution,
    IReadOnlyList<string> Escalations,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<QueueLine> Queue)
{
    /// <summary>The refresh STEP 2C would ask for (CONTRACT §8 names it <c>refresh</c>); the same as <see cref="RefreshAction"/>.</summary>
    public string Refresh => RefreshAction;
}

/// <summary>STEP 2B's aggregate buffer: dollars, and the buffer as a fraction of the portfolio.</summary>
public sealed record PreExecutionLine(decimal TotalPendingDollars, decimal CashAfterAllPending, decimal BufferAfterAllPending, string BufferStatus, IReadOnlyList<SectorFlagLine> SectorFlags);

/// <summary>STEP 2A's flag for one sector: allocations as fractions, drift in percentage points, pending buys in dollars.</summary>
public sealed record SectorFlagLine(string Sector, decimal? ApprovedAllocation, decimal LiveAllocation, decimal DriftPp, decimal PendingBuys, decimal ProjectedAllocation, bool ExceedsCap, string Message);

/// <summary>One trade of the execution queue, in approval order (1-based position).</summary>
public sealed record QueueLine(int Position, string TradeId, string Ticker, string Side, decimal SizeDollars, string Gate, DateTimeOffset? ApprovalTimestamp, bool Approved);

namespace PortfolioOrchestrator.Reporting.Model;

/// <summary>STEP 2A and 2B: dollars, and the buffer as a fraction of total value.</summary>
public sealed record PreExecutionReport
{
    public required decimal TotalPendingDollars { get; init; }

    public required decimal CashAfterAllPending { get; init; }

    public required decimal BufferAfterAllPending { get; init; }

    /// <summary><c>HEALTHY</c>, <c>MARGINAL</c>, <c>AT_RISK</c>.</summary>
    public required string BufferStatus { get; init; }

    public required IReadOnlyList<SectorFlagReport> SectorFlags { get; init; }
}

/// <summary>STEP 2A for one sector. Allocations are fractions; <see cref="DriftPp"/> is percentage points; pending buys are dollars.</summary>
public sealed record SectorFlagReport
{
    public required string Sector { get; init; }

    /// <summary>QA's allocation at approval, or null when QA gave none for this sector.</summary>
    public decimal? ApprovedAllocation { get; init; }

    public required decimal LiveAllocation { get; init; }

    public required decimal DriftPp { get; init; }

    public required decimal PendingBuys { get; init; }

    public required decimal ProjectedAllocation { get; init; }

    public required bool ExceedsCap { get; init; }

    public required string Message { get; init; }
}

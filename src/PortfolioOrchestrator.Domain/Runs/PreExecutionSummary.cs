using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Domain.Runs;

/// <summary>STEP 2A's finding for one sector. Allocations are fractions; drift is in percentage points.</summary>
public sealed record SectorFlag(
    SectorName Sector,
    Ratio? ApprovedAllocation,
    Ratio LiveAllocation,
    decimal DriftPoints,
    Money PendingBuys,
    Ratio ProjectedAllocation,
    bool ExceedsCap,
    string Message);

/// <summary>STEP 2B's aggregate and STEP 2A's flags, in dollars and fractions.</summary>
public sealed record PreExecutionSummary(
    Money TotalPendingDollars,
    Money CashAfterAllPending,
    Ratio BufferAfterAllPending,
    BufferStatus BufferStatus,
    IReadOnlyList<SectorFlag> SectorFlags);

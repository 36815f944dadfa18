using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Domain.Runs;

/// <summary>STEP 5's verdict on one sector: allocation after the run (a fraction) against the cap.</summary>
public sealed record SectorAfter(SectorName Sector, Ratio Allocation, bool Pass);

/// <summary>STEP 5 and 6: sectors, cash (dollars) and buffer after the run's fills.</summary>
public sealed record PostExecutionSummary(
    IReadOnlyList<SectorAfter> Sectors,
    Money CashAfter,
    Ratio BufferAfter,
    BufferCheck BufferCheck);

using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Reporting.Model;

namespace PortfolioOrchestrator.Reporting.Building;

/// <summary>STEP 2A and 2B in the report's words.</summary>
internal static class PreExecutionReports
{
    public static PreExecutionReport From(PreExecutionSummary summary) => new()
    {
        TotalPendingDollars = summary.TotalPendingDollars.Dollars,
        CashAfterAllPending = summary.CashAfterAllPending.Dollars,
        BufferAfterAllPending = summary.BufferAfterAllPending.Fraction,
        BufferStatus = ContractNames.Of(summary.BufferStatus),
        SectorFlags = [.. summary.SectorFlags.Select(FlagFrom)],
    };

    private static SectorFlagReport FlagFrom(SectorFlag flag) => new()
    {
        Sector = flag.Sector.Value,
        ApprovedAllocation = flag.ApprovedAllocation?.Fraction,
        LiveAllocation = flag.LiveAllocation.Fraction,
        DriftPp = flag.DriftPoints,
        PendingBuys = flag.PendingBuys.Dollars,
        ProjectedAllocation = flag.ProjectedAllocation.Fraction,
        ExceedsCap = flag.ExceedsCap,
        Message = flag.Message,
    };
}

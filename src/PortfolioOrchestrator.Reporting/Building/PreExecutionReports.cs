using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Reporting.Model;
using PortfolioOrchestrator.Reporting.Numbers;

namespace PortfolioOrchestrator.Reporting.Building;

/// <summary>STEP 2A and 2B in the report's words.</summary>
internal static class PreExecutionReports
{
    public static PreExecutionReport From(PreExecutionSummary summary) => new()
    {
        TotalPendingDollars = summary.TotalPendingDollars.Dollars,
        CashAfterAllPending = summary.CashAfterAllPending.Dollars,
        BufferAfterAllPending = ReportRatio.Of(summary.BufferAfterAllPending),
        BufferStatus = ContractNames.Of(summary.BufferStatus),
        SectorFlags = [.. summary.SectorFlags.Select(FlagFrom)],
    };

    private static SectorFlagReport FlagFrom(SectorFlag flag) => new()
    {
        Sector = flag.Sector.Value,
        ApprovedAllocation = ReportRatio.Of(flag.ApprovedAllocation),
        LiveAllocation = ReportRatio.Of(flag.LiveAllocation),
        DriftPp = ReportRatio.Of(flag.DriftPoints),
        PendingBuys = flag.PendingBuys.Dollars,
        ProjectedAllocation = ReportRatio.Of(flag.ProjectedAllocation),
        ExceedsCap = flag.ExceedsCap,
        Message = flag.Message,
    };
}

using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Journal.Records.V1;

/// <summary>STEP 2's and STEP 5–6's summaries to and from their version-1 records.</summary>
internal static class ExecutionSummaryMapping
{
    public static PreExecutionRecord ToRecord(PreExecutionSummary summary) => new()
    {
        TotalPendingDollars = summary.TotalPendingDollars.Dollars,
        CashAfterAllPending = summary.CashAfterAllPending.Dollars,
        BufferAfterAllPending = summary.BufferAfterAllPending.Fraction,
        BufferStatus = Spellings.BufferStatus.Write(summary.BufferStatus),
        SectorFlags = [.. summary.SectorFlags.Select(ToRecord)],
    };

    public static PreExecutionSummary ToDomain(PreExecutionRecord record) => new(
        Money.FromDollars(record.TotalPendingDollars),
        Money.FromDollars(record.CashAfterAllPending),
        Ratio.FromFraction(record.BufferAfterAllPending),
        Spellings.BufferStatus.Read(record.BufferStatus),
        [.. (record.SectorFlags ?? []).Select(ToDomain)]);

    public static PostExecutionRecord ToRecord(PostExecutionSummary summary) => new()
    {
        Sectors = [.. summary.Sectors.Select(s => new SectorAfterRecord { Sector = s.Sector.Value, Allocation = s.Allocation.Fraction, Pass = s.Pass })],
        CashAfter = summary.CashAfter.Dollars,
        BufferAfter = summary.BufferAfter.Fraction,
        BufferCheck = Spellings.BufferCheck.Write(summary.BufferCheck),
    };

    public static PostExecutionSummary ToDomain(PostExecutionRecord record) => new(
        [.. (record.Sectors ?? []).Select(s => new SectorAfter(SectorName.Create(s.Sector), Ratio.FromFraction(s.Allocation), s.Pass))],
        Money.FromDollars(record.CashAfter),
        Ratio.FromFraction(record.BufferAfter),
        Spellings.BufferCheck.Read(record.BufferCheck));

    private static SectorFlagRecord ToRecord(SectorFlag flag) => new()
    {
        Sector = flag.Sector.Value,
        ApprovedAllocation = flag.ApprovedAllocation?.Fraction,
        LiveAllocation = flag.LiveAllocation.Fraction,
        DriftPoints = flag.DriftPoints,
        PendingBuys = flag.PendingBuys.Dollars,
        ProjectedAllocation = flag.ProjectedAllocation.Fraction,
        ExceedsCap = flag.ExceedsCap,
        Message = flag.Message,
    };

    private static SectorFlag ToDomain(SectorFlagRecord record) => new(
        SectorName.Create(record.Sector),
        record.ApprovedAllocation is { } approved ? Ratio.FromFraction(approved) : null,
        Ratio.FromFraction(record.LiveAllocation),
        record.DriftPoints,
        Money.FromDollars(record.PendingBuys),
        Ratio.FromFraction(record.ProjectedAllocation),
        record.ExceedsCap,
        record.Message);
}

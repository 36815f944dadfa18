using PortfolioOrchestrator.Domain.Policy;
using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Journal.Records.V1;

/// <summary>The run's thresholds to and from their version-1 record; a threshold the record lacks is the seed's default.</summary>
internal static class PolicyMapping
{
    public static PolicyRecord ToRecord(ExecutionPolicy policy) => new()
    {
        MinBuffer = policy.MinBuffer.Fraction,
        BufferFloor = policy.BufferFloor.Fraction,
        SectorCap = policy.SectorCap.Fraction,
        SectorDriftPoints = policy.SectorDriftPoints,
        MaxStalenessTradingDays = policy.MaxStalenessTradingDays,
        RefreshAfter = policy.RefreshAfter,
        RefreshTimeout = policy.RefreshTimeout,
        RefreshEscalateAfter = policy.RefreshEscalateAfter,
        SlippageFlagBps = policy.SlippageFlagBps,
        PartialFillRatio = policy.PartialFillRatio.Fraction,
        NoFillAfter = policy.NoFillAfter,
        PauseOnAggregateBreach = policy.PauseOnAggregateBreach,
    };

    public static ExecutionPolicy ToDomain(PolicyRecord record)
    {
        var seed = ExecutionPolicy.Default;
        return new ExecutionPolicy
        {
            MinBuffer = record.MinBuffer is { } minBuffer ? Ratio.FromFraction(minBuffer) : seed.MinBuffer,
            BufferFloor = record.BufferFloor is { } floor ? Ratio.FromFraction(floor) : seed.BufferFloor,
            SectorCap = record.SectorCap is { } cap ? Ratio.FromFraction(cap) : seed.SectorCap,
            SectorDriftPoints = record.SectorDriftPoints ?? seed.SectorDriftPoints,
            MaxStalenessTradingDays = record.MaxStalenessTradingDays ?? seed.MaxStalenessTradingDays,
            RefreshAfter = record.RefreshAfter ?? seed.RefreshAfter,
            RefreshTimeout = record.RefreshTimeout ?? seed.RefreshTimeout,
            RefreshEscalateAfter = record.RefreshEscalateAfter ?? seed.RefreshEscalateAfter,
            SlippageFlagBps = record.SlippageFlagBps ?? seed.SlippageFlagBps,
            PartialFillRatio = record.PartialFillRatio is { } partial ? Ratio.FromFraction(partial) : seed.PartialFillRatio,
            NoFillAfter = record.NoFillAfter ?? seed.NoFillAfter,
            PauseOnAggregateBreach = record.PauseOnAggregateBreach ?? seed.PauseOnAggregateBreach,
        };
    }
}

using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Journal.Records.V1;

/// <summary>The run header to and from its version-1 record, field by field; the approval flags from and to <see cref="StoredRunHeader.Approvals"/>.</summary>
internal static class RunHeaderMapping
{
    public static RunHeaderRecord ToRecord(StoredRunHeader stored)
    {
        var (header, approvals) = stored;
        return new RunHeaderRecord
        {
            RunId = header.RunId.Value,
            ReportId = header.ReportId,
            StartedAt = header.StartedAt,
            UpdatedAt = header.UpdatedAt,
            CompletedAt = header.CompletedAt,
            Broker = header.Broker,
            Status = Spellings.RunStatus.Write(header.Status),
            Phase = Spellings.RunPhase.Write(header.Phase),
            PortfolioState = Spellings.PortfolioState.WriteOptional(header.PortfolioState),
            TradingDaysElapsed = header.TradingDaysElapsed,
            PortfolioAge = header.PortfolioAge,
            Refresh = Spellings.RefreshStatus.Write(header.Refresh),
            PreExecution = header.PreExecution is { } pre ? ExecutionSummaryMapping.ToRecord(pre) : null,
            TotalValue = header.TotalValue.Dollars,
            StartCash = header.StartCash.Dollars,
            RunningCash = header.RunningCash.Dollars,
            NextQueueIndex = header.NextQueueIndex,
            AwaitingEscalation = header.AwaitingEscalation?.Value,
            BufferBreachApproved = approvals.BufferBreach,
            StalePortfolioApproved = approvals.StalePortfolio,
            ReconciliationAccepted = approvals.Reconciliation,
            PreExecutionApproved = approvals.PreExecution,
            PostExecution = header.PostExecution is { } post ? ExecutionSummaryMapping.ToRecord(post) : null,
            NextReviewDate = header.NextReviewDate,
            Caveats = header.Caveats,
            Warnings = header.Warnings,
            EscalationCount = header.EscalationCount,
        };
    }

    public static StoredRunHeader ToDomain(RunHeaderRecord record) => new(Header(record), Approvals(record));

    private static RunHeader Header(RunHeaderRecord record) => new()
    {
        RunId = RunId.Create(record.RunId),
        ReportId = record.ReportId,
        StartedAt = record.StartedAt,
        UpdatedAt = record.UpdatedAt,
        CompletedAt = record.CompletedAt,
        Broker = record.Broker,
        Status = Spellings.RunStatus.Read(record.Status),
        Phase = Spellings.RunPhase.Read(record.Phase),
        PortfolioState = Spellings.PortfolioState.ReadOptional(record.PortfolioState),
        TradingDaysElapsed = record.TradingDaysElapsed,
        PortfolioAge = record.PortfolioAge,
        Refresh = Spellings.RefreshStatus.Read(record.Refresh),
        PreExecution = record.PreExecution is { } pre ? ExecutionSummaryMapping.ToDomain(pre) : null,
        TotalValue = Money.FromDollars(record.TotalValue),
        StartCash = Money.FromDollars(record.StartCash),
        RunningCash = Money.FromDollars(record.RunningCash),
        NextQueueIndex = record.NextQueueIndex,
        AwaitingEscalation = record.AwaitingEscalation is { } awaiting ? EscalationId.Create(awaiting) : null,
        PostExecution = record.PostExecution is { } post ? ExecutionSummaryMapping.ToDomain(post) : null,
        NextReviewDate = record.NextReviewDate,
        Caveats = [.. record.Caveats ?? []],
        Warnings = [.. record.Warnings ?? []],
        EscalationCount = record.EscalationCount,
    };

    private static RunApprovals Approvals(RunHeaderRecord record) => new(
        StalePortfolio: record.StalePortfolioApproved,
        PreExecution: record.PreExecutionApproved,
        BufferBreach: record.BufferBreachApproved,
        Reconciliation: record.ReconciliationAccepted);
}

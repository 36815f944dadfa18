using PortfolioOrchestrator.Application.Composition;
using PortfolioOrchestrator.Domain.Validation;
using PortfolioOrchestrator.Reporting.Building;
using PortfolioOrchestrator.Reporting.Numbers;

namespace PortfolioOrchestrator.Application.UseCases;

/// <summary>
/// STEP 1–2 only (<c>po validate</c>, <c>validate_execution</c>): freshness, sector drift, aggregate buffer,
/// refresh decision; sends nothing, writes nothing. Bad input throws <see cref="PoException"/> (exit 2).
/// </summary>
public static class ValidateUseCase
{
    /// <summary>The verdict for inputs already read and checked, at <paramref name="at"/>.</summary>
    public static ValidationLine Evaluate(LoadedInputs inputs, DateTimeOffset at)
    {
        var verdict = PreExecutionValidation.Evaluate(inputs.Portfolio, inputs.Report, inputs.Policy, RunHost.Calendar, at);
        return ToLine(verdict);
    }

    /// <summary>CONTRACT §2: 0 ready, 4 needs a Master-Architect decision.</summary>
    public static int ExitCodeOf(ValidationLine line) => line.NeedsDecision ? ExitCodes.AwaitingDecision : ExitCodes.Success;

    private static ValidationLine ToLine(ValidationVerdict verdict)
    {
        var pre = verdict.PreExecution;
        return new ValidationLine(
            !verdict.NeedsDecision,
            verdict.NeedsDecision,
            ContractNames.Of(verdict.PortfolioState),
            verdict.Freshness.TradingDaysElapsed,
            decimal.Round((decimal)verdict.Freshness.Age.TotalHours, 2),
            verdict.RefreshAction,
            new PreExecutionLine(
                pre.TotalPendingDollars.Dollars,
                pre.CashAfterAllPending.Dollars,
                ReportRatio.Of(pre.BufferAfterAllPending),
                ContractNames.Of(pre.BufferStatus),
                [.. pre.SectorFlags.Select(f => new SectorFlagLine(f.Sector.Value, ReportRatio.Of(f.ApprovedAllocation), ReportRatio.Of(f.LiveAllocation), ReportRatio.Of(f.DriftPoints), f.PendingBuys.Dollars, ReportRatio.Of(f.ProjectedAllocation), f.ExceedsCap, f.Message))]),
            [.. verdict.Escalations.Select(ContractNames.Of)],
            verdict.Warnings,
            [.. verdict.Queue.Select((t, i) => new QueueLine(i + 1, t.TradeId.Value, t.Ticker.Value, t.Side.ToString().ToUpperInvariant(), t.SizeDollars.Dollars, t.Gate, t.ApprovalTimestamp, t.IsApproved))]);
    }
}

using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Cli.Rendering;

/// <summary>The contract's names for statuses, for people's output.</summary>
public static class Labels
{
    public static string Of(TradeStatus status) => status switch
    {
        TradeStatus.Queued => "QUEUED",
        TradeStatus.Submitting or TradeStatus.Unknown => "UNKNOWN",
        TradeStatus.Executed => "EXECUTED",
        TradeStatus.ExecutionFailed => "EXECUTION_FAILED",
        TradeStatus.Halted => "HALTED",
        TradeStatus.Deferred => "DEFERRED",
        TradeStatus.NotApproved => "NOT_APPROVED",
        TradeStatus.PendingFill => "PENDING_FILL",
        TradeStatus.AlreadyExecuted => "ALREADY_EXECUTED",
        _ => status.ToString(),
    };

    public static string Of(RunStatus status) => status switch
    {
        RunStatus.Running => "RUNNING",
        RunStatus.Completed => "COMPLETED",
        RunStatus.CompletedWithEscalations => "COMPLETED_WITH_ESCALATIONS",
        RunStatus.AwaitingDecision => "AWAITING_DECISION",
        RunStatus.Halted => "HALTED",
        _ => status.ToString(),
    };

    public static string Of(EscalationType type) => type switch
    {
        EscalationType.StalePortfolio => "STALE_PORTFOLIO",
        EscalationType.SectorHeadroomChanged => "SECTOR_HEADROOM_CHANGED",
        EscalationType.BufferWouldBreach => "BUFFER_WOULD_BREACH",
        EscalationType.BufferBreached => "BUFFER_BREACHED",
        EscalationType.SectorCapBreach => "SECTOR_CAP_BREACH",
        EscalationType.ExecutionFailed => "EXECUTION_FAILED",
        EscalationType.RefreshDelayed => "REFRESH_DELAYED",
        EscalationType.NoFill => "NO_FILL",
        _ => type.ToString(),
    };

    public static string Of(TradeFlag flag) => flag switch
    {
        TradeFlag.BufferMarginal => "BUFFER_MARGINAL",
        TradeFlag.BufferBreached => "BUFFER_BREACHED",
        TradeFlag.Slippage => "SLIPPAGE",
        TradeFlag.PartialFill => "PARTIAL_FILL",
        TradeFlag.Unprotected => "UNPROTECTED",
        _ => flag.ToString(),
    };

    public static string Of(EscalationStatus status) => status.ToString().ToUpperInvariant();

    /// <summary>A trade as the report shows it: queued trades held by a pause are HALTED.</summary>
    public static string Of(TradeExecution trade, RunStatus run) =>
        trade.Status == TradeStatus.Queued && run == RunStatus.AwaitingDecision ? "HALTED" : Of(trade.Status);
}

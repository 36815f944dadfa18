using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.QualityAssurance;
using PortfolioOrchestrator.Domain.Refresh;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Reporting.Building;

/// <summary>
/// The report's words for the domain's enums (CONTRACT §4). Written out member by member so that
/// renaming a C# member can never change the contract; a member without a name is a programmer error.
/// </summary>
public static class ContractNames
{
    public static string Of(RunStatus status) => status switch
    {
        RunStatus.Running => "RUNNING",
        RunStatus.Completed => "COMPLETED",
        RunStatus.CompletedWithEscalations => "COMPLETED_WITH_ESCALATIONS",
        RunStatus.AwaitingDecision => "AWAITING_DECISION",
        RunStatus.Halted => "HALTED",
        RunStatus.Interrupted => "INTERRUPTED",
        _ => throw Unmapped(status),
    };

    public static string Of(PortfolioState state) => state switch
    {
        PortfolioState.Current => "CURRENT",
        PortfolioState.StaleWithinDay => "STALE_WITHIN_DAY",
        PortfolioState.TooStale => "TOO_STALE",
        _ => throw Unmapped(state),
    };

    public static string Of(RefreshSource source) => source switch
    {
        RefreshSource.Venue => "VENUE",
        RefreshSource.Command => "COMMAND",
        RefreshSource.Persona => "PERSONA",
        _ => throw Unmapped(source),
    };

    public static string Of(RefreshStatus status) => status switch
    {
        RefreshStatus.NotNeeded => "NOT_NEEDED",
        RefreshStatus.Completed => "COMPLETED",
        RefreshStatus.TimedOut => "TIMED_OUT",
        RefreshStatus.Failed => "FAILED",
        _ => throw Unmapped(status),
    };

    public static string Of(BufferStatus status) => status switch
    {
        BufferStatus.Healthy => "HEALTHY",
        BufferStatus.Marginal => "MARGINAL",
        BufferStatus.AtRisk => "AT_RISK",
        _ => throw Unmapped(status),
    };

    public static string Of(BufferCheck check) => check switch
    {
        BufferCheck.Pass => "PASS",
        BufferCheck.Caution => "CAUTION",
        BufferCheck.Fail => "FAIL",
        _ => throw Unmapped(check),
    };

    /// <summary>
    /// A trade's status. A queued trade is held by the pause while the run awaits a decision, so it
    /// shows <c>HALTED</c> then, and <c>QUEUED</c> (not reached yet) otherwise; an order whose outcome
    /// is still being settled shows <c>UNRESOLVED</c> (CONTRACT §4, Resolutions 17 and 19).
    /// </summary>
    public static string Of(TradeStatus status, RunStatus runStatus) => status switch
    {
        TradeStatus.Queued => runStatus == RunStatus.AwaitingDecision ? "HALTED" : "QUEUED",
        TradeStatus.Submitting => "UNRESOLVED",
        TradeStatus.Unknown => "UNRESOLVED",
        TradeStatus.Executed => "EXECUTED",
        TradeStatus.ExecutionFailed => "EXECUTION_FAILED",
        TradeStatus.Halted => "HALTED",
        TradeStatus.Deferred => "DEFERRED",
        TradeStatus.NotApproved => "NOT_APPROVED",
        TradeStatus.PendingFill => "PENDING_FILL",
        TradeStatus.AlreadyExecuted => "ALREADY_EXECUTED",
        _ => throw Unmapped(status),
    };

    public static string Of(TradeFlag flag) => flag switch
    {
        TradeFlag.BufferMarginal => "BUFFER_MARGINAL",
        TradeFlag.BufferBreached => "BUFFER_BREACHED",
        TradeFlag.Slippage => "SLIPPAGE",
        TradeFlag.PartialFill => "PARTIAL_FILL",
        TradeFlag.Unprotected => "UNPROTECTED",
        _ => throw Unmapped(flag),
    };

    public static string Of(TradeSide side) => side switch
    {
        TradeSide.Buy => "BUY",
        TradeSide.Sell => "SELL",
        _ => throw Unmapped(side),
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
        EscalationType.ReconciliationMismatch => "RECONCILIATION_MISMATCH",
        _ => throw Unmapped(type),
    };

    /// <summary>The seed's number for an escalation trigger (#1–#6), or null for the ones it leaves unnumbered.</summary>
    public static int? NumberOf(EscalationType type) => type switch
    {
        EscalationType.StalePortfolio => 1,
        EscalationType.SectorHeadroomChanged => 2,
        EscalationType.BufferWouldBreach => 3,
        EscalationType.BufferBreached => 4,
        EscalationType.SectorCapBreach => 5,
        EscalationType.ExecutionFailed => 6,
        EscalationType.RefreshDelayed => null,
        EscalationType.NoFill => null,
        EscalationType.ReconciliationMismatch => null,
        _ => throw Unmapped(type),
    };

    public static string Of(EscalationStatus status) => status switch
    {
        EscalationStatus.Open => "OPEN",
        EscalationStatus.Approved => "APPROVED",
        EscalationStatus.Deferred => "DEFERRED",
        EscalationStatus.Halted => "HALTED",
        EscalationStatus.Noted => "NOTED",
        _ => throw Unmapped(status),
    };

    /// <summary>A decision in the words <c>po decide</c> takes.</summary>
    public static string Of(DecisionKind kind) => kind switch
    {
        DecisionKind.Approve => "approve",
        DecisionKind.Defer => "defer",
        DecisionKind.Halt => "halt",
        _ => throw Unmapped(kind),
    };

    public static string Of(OrderType type) => type switch
    {
        OrderType.Market => "market",
        OrderType.Stop => "stop",
        OrderType.Limit => "limit",
        _ => throw Unmapped(type),
    };

    /// <summary>An order's state in the broker's lower-case words.</summary>
    public static string Of(OrderStatus status) => status switch
    {
        OrderStatus.New => "new",
        OrderStatus.Accepted => "accepted",
        OrderStatus.PartiallyFilled => "partially_filled",
        OrderStatus.Filled => "filled",
        OrderStatus.Canceled => "canceled",
        OrderStatus.Expired => "expired",
        OrderStatus.Rejected => "rejected",
        _ => throw Unmapped(status),
    };

    private static ArgumentOutOfRangeException Unmapped<T>(T value)
        where T : struct, Enum =>
        new(nameof(value), value, $"{typeof(T).Name}.{value} has no name in the report contract.");
}

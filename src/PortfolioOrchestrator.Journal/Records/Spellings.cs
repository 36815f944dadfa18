using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.QualityAssurance;
using PortfolioOrchestrator.Domain.Refresh;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Journal.Records;

/// <summary>
/// The journal's spelling of every enum it stores (the contract's names, <c>COMPLETED_WITH_ESCALATIONS</c>).
/// A spelling is never changed once released: records of every version read with these tables.
/// </summary>
internal static class Spellings
{
    public static readonly Spelling<RunStatus> RunStatus = new(
        "run status",
        (Domain.Runs.RunStatus.Running, "RUNNING"),
        (Domain.Runs.RunStatus.Completed, "COMPLETED"),
        (Domain.Runs.RunStatus.CompletedWithEscalations, "COMPLETED_WITH_ESCALATIONS"),
        (Domain.Runs.RunStatus.AwaitingDecision, "AWAITING_DECISION"),
        (Domain.Runs.RunStatus.Halted, "HALTED"),
        (Domain.Runs.RunStatus.Interrupted, "INTERRUPTED"));

    public static readonly Spelling<RunPhase> RunPhase = new(
        "run phase",
        (Domain.Runs.RunPhase.Startup, "STARTUP"),
        (Domain.Runs.RunPhase.PreExecution, "PRE_EXECUTION"),
        (Domain.Runs.RunPhase.Executing, "EXECUTING"),
        (Domain.Runs.RunPhase.PostExecution, "POST_EXECUTION"),
        (Domain.Runs.RunPhase.Done, "DONE"));

    public static readonly Spelling<PortfolioState> PortfolioState = new(
        "portfolio state",
        (Domain.Runs.PortfolioState.Current, "CURRENT"),
        (Domain.Runs.PortfolioState.StaleWithinDay, "STALE_WITHIN_DAY"),
        (Domain.Runs.PortfolioState.TooStale, "TOO_STALE"));

    public static readonly Spelling<RefreshStatus> RefreshStatus = new(
        "refresh status",
        (Domain.Runs.RefreshStatus.NotNeeded, "NOT_NEEDED"),
        (Domain.Runs.RefreshStatus.Completed, "COMPLETED"),
        (Domain.Runs.RefreshStatus.TimedOut, "TIMED_OUT"),
        (Domain.Runs.RefreshStatus.Failed, "FAILED"));

    public static readonly Spelling<BufferStatus> BufferStatus = new(
        "buffer status",
        (Domain.Runs.BufferStatus.Healthy, "HEALTHY"),
        (Domain.Runs.BufferStatus.Marginal, "MARGINAL"),
        (Domain.Runs.BufferStatus.AtRisk, "AT_RISK"));

    public static readonly Spelling<BufferCheck> BufferCheck = new(
        "buffer check",
        (Domain.Runs.BufferCheck.Pass, "PASS"),
        (Domain.Runs.BufferCheck.Caution, "CAUTION"),
        (Domain.Runs.BufferCheck.Fail, "FAIL"));

    public static readonly Spelling<TradeStatus> TradeStatus = new(
        "trade status",
        (Domain.Runs.TradeStatus.Queued, "QUEUED"),
        (Domain.Runs.TradeStatus.Submitting, "SUBMITTING"),
        (Domain.Runs.TradeStatus.Unknown, "UNKNOWN"),
        (Domain.Runs.TradeStatus.Executed, "EXECUTED"),
        (Domain.Runs.TradeStatus.ExecutionFailed, "EXECUTION_FAILED"),
        (Domain.Runs.TradeStatus.Halted, "HALTED"),
        (Domain.Runs.TradeStatus.Deferred, "DEFERRED"),
        (Domain.Runs.TradeStatus.NotApproved, "NOT_APPROVED"),
        (Domain.Runs.TradeStatus.PendingFill, "PENDING_FILL"),
        (Domain.Runs.TradeStatus.AlreadyExecuted, "ALREADY_EXECUTED"));

    public static readonly Spelling<TradeFlag> TradeFlag = new(
        "trade flag",
        (Domain.Runs.TradeFlag.BufferMarginal, "BUFFER_MARGINAL"),
        (Domain.Runs.TradeFlag.BufferBreached, "BUFFER_BREACHED"),
        (Domain.Runs.TradeFlag.Slippage, "SLIPPAGE"),
        (Domain.Runs.TradeFlag.PartialFill, "PARTIAL_FILL"),
        (Domain.Runs.TradeFlag.Unprotected, "UNPROTECTED"));

    public static readonly Spelling<TradeSide> TradeSide = new(
        "trade side",
        (Domain.QualityAssurance.TradeSide.Buy, "BUY"),
        (Domain.QualityAssurance.TradeSide.Sell, "SELL"));

    public static readonly Spelling<OrderType> OrderType = new(
        "order type",
        (Domain.Broker.OrderType.Market, "MARKET"),
        (Domain.Broker.OrderType.Stop, "STOP"),
        (Domain.Broker.OrderType.Limit, "LIMIT"));

    public static readonly Spelling<OrderStatus> OrderStatus = new(
        "order status",
        (Domain.Broker.OrderStatus.New, "NEW"),
        (Domain.Broker.OrderStatus.Accepted, "ACCEPTED"),
        (Domain.Broker.OrderStatus.PartiallyFilled, "PARTIALLY_FILLED"),
        (Domain.Broker.OrderStatus.Filled, "FILLED"),
        (Domain.Broker.OrderStatus.Canceled, "CANCELED"),
        (Domain.Broker.OrderStatus.Expired, "EXPIRED"),
        (Domain.Broker.OrderStatus.Rejected, "REJECTED"));

    public static readonly Spelling<EscalationType> EscalationType = new(
        "escalation type",
        (Domain.Runs.EscalationType.StalePortfolio, "STALE_PORTFOLIO"),
        (Domain.Runs.EscalationType.SectorHeadroomChanged, "SECTOR_HEADROOM_CHANGED"),
        (Domain.Runs.EscalationType.BufferWouldBreach, "BUFFER_WOULD_BREACH"),
        (Domain.Runs.EscalationType.BufferBreached, "BUFFER_BREACHED"),
        (Domain.Runs.EscalationType.SectorCapBreach, "SECTOR_CAP_BREACH"),
        (Domain.Runs.EscalationType.ExecutionFailed, "EXECUTION_FAILED"),
        (Domain.Runs.EscalationType.RefreshDelayed, "REFRESH_DELAYED"),
        (Domain.Runs.EscalationType.NoFill, "NO_FILL"),
        (Domain.Runs.EscalationType.ReconciliationMismatch, "RECONCILIATION_MISMATCH"));

    /// <summary>An escalation's step, stored as the seed's text since the first journal.</summary>
    public static readonly Spelling<EscalationStep> EscalationStep = new(
        "escalation step",
        (Domain.Runs.EscalationStep.Step1, "STEP 1"),
        (Domain.Runs.EscalationStep.Step2A, "STEP 2A"),
        (Domain.Runs.EscalationStep.Step2B, "STEP 2B"),
        (Domain.Runs.EscalationStep.Step2C, "STEP 2C"),
        (Domain.Runs.EscalationStep.Step3C, "STEP 3C"),
        (Domain.Runs.EscalationStep.Step4, "STEP 4"),
        (Domain.Runs.EscalationStep.Step5, "STEP 5"),
        (Domain.Runs.EscalationStep.Step6, "STEP 6"),
        (Domain.Runs.EscalationStep.Resume, "RESUME"));

    public static readonly Spelling<EscalationStatus> EscalationStatus = new(
        "escalation status",
        (Domain.Runs.EscalationStatus.Open, "OPEN"),
        (Domain.Runs.EscalationStatus.Approved, "APPROVED"),
        (Domain.Runs.EscalationStatus.Deferred, "DEFERRED"),
        (Domain.Runs.EscalationStatus.Halted, "HALTED"),
        (Domain.Runs.EscalationStatus.Noted, "NOTED"));

    public static readonly Spelling<DecisionKind> DecisionKind = new(
        "decision",
        (Domain.Runs.DecisionKind.Approve, "APPROVE"),
        (Domain.Runs.DecisionKind.Defer, "DEFER"),
        (Domain.Runs.DecisionKind.Halt, "HALT"));

    /// <summary>Who delivered a refreshed portfolio; stored from record version 2 on.</summary>
    public static readonly Spelling<RefreshSource> RefreshSource = new(
        "refresh source",
        (Domain.Refresh.RefreshSource.Venue, "VENUE"),
        (Domain.Refresh.RefreshSource.Command, "COMMAND"),
        (Domain.Refresh.RefreshSource.Persona, "PERSONA"));
}

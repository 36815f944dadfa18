namespace PortfolioOrchestrator.Domain.Runs;

/// <summary>A run's outcome as the report states it (<c>COMPLETED</c>, …), or <see cref="Running"/> while under way.</summary>
public enum RunStatus
{
    Running,
    Completed,
    CompletedWithEscalations,
    AwaitingDecision,
    Halted,

    /// <summary>Stopped before its end at a safe point (a signal) and resumable with <c>po resume</c> (CONTRACT Resolution 19).</summary>
    Interrupted,
}

/// <summary>Where a run stands in STEP 1–8; a resumed run continues from here.</summary>
public enum RunPhase
{
    Startup,
    PreExecution,
    Executing,
    PostExecution,
    Done,
}

/// <summary>How old PORTFOLIO.md was at STEP 2C, before any refresh.</summary>
public enum PortfolioState
{
    Current,
    StaleWithinDay,
    TooStale,
}

public enum RefreshStatus
{
    NotNeeded,
    Completed,
    TimedOut,
    Failed,
}

/// <summary>STEP 2B's verdict on the buffer if every pending trade executed.</summary>
public enum BufferStatus
{
    Healthy,
    Marginal,
    AtRisk,
}

/// <summary>STEP 6's verdict on the buffer after the run.</summary>
public enum BufferCheck
{
    Pass,
    Caution,
    Fail,
}

/// <summary>A trade's state in the execution queue. The report shows the contract's names (<c>EXECUTED</c>, …).</summary>
public enum TradeStatus
{
    /// <summary>Waiting its turn.</summary>
    Queued,

    /// <summary>The intent to submit is durable; the outcome is not yet known.</summary>
    Submitting,

    /// <summary>Submitted, outcome unknown (timeout, dropped connection): settle by lookup, never resend.</summary>
    Unknown,
    Executed,
    ExecutionFailed,
    Halted,
    Deferred,
    NotApproved,
    PendingFill,
    AlreadyExecuted,
}

public enum TradeFlag
{
    BufferMarginal,
    BufferBreached,
    Slippage,
    PartialFill,
    Unprotected,
}

using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.QualityAssurance;

namespace PortfolioOrchestrator.Domain.Runs;

/// <summary>
/// One trade of a run: the QA trade, its place in the execution queue (<see cref="Sequence"/>, 0-based),
/// and what happened to it. Immutable; the engine replaces it as the trade moves on.
/// </summary>
public sealed record TradeExecution
{
    public required int Sequence { get; init; }

    public required QaTrade Trade { get; init; }

    public required TradeStatus Status { get; init; }

    /// <summary>Which attempt at this trade the client order id is for (1-based, CONTRACT Resolution 11).</summary>
    public int Attempt { get; init; } = 1;

    public ClientOrderId? ClientOrderId { get; init; }

    public DateTimeOffset? SubmittedAt { get; init; }

    public TradeFill? Fill { get; init; }

    /// <summary>Signed slippage against QA's last known price in basis points; positive is worse for us.</summary>
    public decimal? SlippageBps { get; init; }

    /// <summary>
    /// The venue's market price per share just before the order was sent (CONTRACT Resolution 22: Alpaca's
    /// latest trade, the paper venue's own price); null where the venue could not say.
    /// </summary>
    public Money? MarketPriceAtSubmission { get; init; }

    /// <summary>Signed slippage against <see cref="MarketPriceAtSubmission"/> in basis points, positive worse for us; null when that price is unknown.</summary>
    public decimal? MarketSlippageBps { get; init; }

    /// <summary>The running-cash buffer right after this trade (STEP 3C), a fraction.</summary>
    public Ratio? BufferAfter { get; init; }

    public IReadOnlyList<TradeFlag> Flags { get; init; } = [];

    public ProtectiveOrder? StopLossOrder { get; init; }

    /// <summary>Further stops where the venue protects the position in slices (one-cancels-other pairs).</summary>
    public IReadOnlyList<ProtectiveOrder> AdditionalStopLossOrders { get; init; } = [];

    public IReadOnlyList<ProtectiveOrder> ProfitTargetOrders { get; init; } = [];

    /// <summary>Whether STEP 3E has been done for this trade (so a resume does not redo it).</summary>
    public bool ProtectionPlaced { get; init; }

    /// <summary>What could not be protected, in words.</summary>
    public IReadOnlyList<string> Unprotected { get; init; } = [];

    /// <summary>Why it failed, was halted or deferred, in words (the broker's own message for a rejection).</summary>
    public string? Reason { get; init; }

    /// <summary>For <see cref="TradeStatus.AlreadyExecuted"/>: the run that placed it.</summary>
    public RunId? EarlierRunId { get; init; }

    public TradeId TradeId => Trade.TradeId;

    /// <summary>The trade in <paramref name="next"/>; a move <see cref="TradeTransitions"/> does not list is a programmer error.</summary>
    /// <exception cref="InvalidOperationException">The move is not in the table.</exception>
    public TradeExecution MoveTo(TradeStatus next) => TradeTransitions.Allows(Status, next)
        ? this with { Status = next }
        : throw new InvalidOperationException($"Trade {TradeId} cannot move from {Status} to {next}.");

    public TradeExecution WithFlag(TradeFlag flag) => Flags.Contains(flag) ? this : this with { Flags = [.. Flags, flag] };
}

using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Domain.QualityAssurance;

/// <summary>
/// One trade of the QA report. <see cref="SizeDollars"/> and <see cref="LastKnownPrice"/> are dollars;
/// <see cref="ReportIndex"/> is its 0-based place in the report (ties in approval time keep it).
/// For a trade that is not approved, the fields only approved trades need may be absent.
/// </summary>
public sealed record QaTrade
{
    public required TradeId TradeId { get; init; }

    public required Ticker Ticker { get; init; }

    public TradeSide Side { get; init; } = TradeSide.Buy;

    public required Money SizeDollars { get; init; }

    public AccountId? Account { get; init; }

    public SectorName? Sector { get; init; }

    public string? Conviction { get; init; }

    public required string Gate { get; init; }

    public DateTimeOffset? ApprovalTimestamp { get; init; }

    public Money? LastKnownPrice { get; init; }

    public StopLossSpec? StopLoss { get; init; }

    public IReadOnlyList<ProfitTargetSpec> ProfitTargets { get; init; } = [];

    public required int ReportIndex { get; init; }

    /// <summary>Whether the gate is <c>APPROVED_FOR_EXECUTION</c>, compared as <see cref="ApprovalGate.IsApproved"/> says (CONTRACT Resolution 14).</summary>
    public bool IsApproved => ApprovalGate.IsApproved(Gate);

    /// <summary>What the trade does to cash if fully filled: minus its size for a buy, plus for a sell.</summary>
    public Money CashEffect => Side == TradeSide.Buy ? -SizeDollars : SizeDollars;
}

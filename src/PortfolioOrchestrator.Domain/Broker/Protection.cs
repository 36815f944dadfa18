using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.QualityAssurance;

namespace PortfolioOrchestrator.Domain.Broker;

/// <summary>
/// STEP 3E for one filled entry: protect <see cref="FilledQuantity"/> shares with a stop-loss and profit
/// targets that split the quantity by their percent, linked one-cancels-other where the venue allows
/// (CONTRACT Resolution 9). Adapters derive the protective orders' ids from <see cref="EntryOrderId"/>.
/// </summary>
public sealed record ProtectionRequest(
    ClientOrderId EntryOrderId,
    Ticker Ticker,
    AccountId Account,
    decimal FilledQuantity,
    StopLossSpec? StopLoss,
    IReadOnlyList<ProfitTargetSpec> Targets);

/// <summary>What the venue took, and in words what could not be protected (never silently dropped).</summary>
public sealed record ProtectionOutcome(IReadOnlyList<BrokerOrder> Orders, IReadOnlyList<string> Unprotected);

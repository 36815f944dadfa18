using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.QualityAssurance;

namespace PortfolioOrchestrator.Domain.Broker;

/// <summary>
/// STEP 3E for one filled entry: protect <see cref="FilledQuantity"/> shares with a stop-loss and profit
/// targets that split the quantity by their percent, linked one-cancels-other where the venue allows
/// (CONTRACT Resolution 9). Adapters derive the protective orders' ids with <see cref="OrderId"/>, from
/// <see cref="EntryOrderId"/> and the protection <see cref="Generation"/> (CONTRACT Resolution 15: a lot
/// protected again gets new ids, and one generation placed twice places nothing twice).
/// </summary>
public sealed record ProtectionRequest(
    ClientOrderId EntryOrderId,
    Ticker Ticker,
    AccountId Account,
    decimal FilledQuantity,
    StopLossSpec? StopLoss,
    IReadOnlyList<ProfitTargetSpec> Targets)
{
    /// <summary>Which placement of the lot's protection this is: 1 the first (STEP 3E), then one more each time it is protected again.</summary>
    public int Generation { get; init; } = 1;

    /// <summary>
    /// The market price per share, in dollars, the protection is checked against (CONTRACT Resolution 15: a
    /// stop the market has already crossed protects nothing); null where the engine has none, and the venue
    /// uses its own (the paper venue: its price, else the entry's fill price).
    /// </summary>
    public Money? MarketPrice { get; init; }

    /// <summary>The QA trade whose lot this protects (CONTRACT §6: <c>po paper orders</c> shows it); null where unknown.</summary>
    public TradeId? TradeId { get; init; }

    /// <summary>The run whose trade opened the lot; null where unknown.</summary>
    public RunId? RunId { get; init; }

    /// <summary>The id of one protective order: the entry id and <paramref name="suffix"/>, with <c>g</c> and the generation from the second on.</summary>
    public ClientOrderId OrderId(string suffix) => Generation <= 1
        ? EntryOrderId.WithSuffix(suffix)
        : EntryOrderId.WithSuffix($"g{Generation}-{suffix}");
}

/// <summary>What the venue took, and in words what could not be protected (never silently dropped).</summary>
public sealed record ProtectionOutcome(IReadOnlyList<BrokerOrder> Orders, IReadOnlyList<string> Unprotected);

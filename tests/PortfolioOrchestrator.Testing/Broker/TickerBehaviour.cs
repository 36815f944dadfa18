namespace PortfolioOrchestrator.Testing.Broker;

/// <summary>
/// How the <see cref="InMemoryBroker"/> treats orders for one ticker. Prices are dollars per share;
/// <see cref="FillRatio"/> is the share of the order's dollars that fill.
/// </summary>
public sealed record TickerBehaviour
{
    public static readonly TickerBehaviour Default = new();

    /// <summary>The market price; null uses the order's reference price (QA's last known price).</summary>
    public decimal? Price { get; init; }

    /// <summary>Buys fill at price × (1 + bps/10,000), sells at price × (1 − bps/10,000).</summary>
    public decimal SlippageBps { get; init; }

    public decimal FillRatio { get; init; } = 1m;

    /// <summary>With a partial fill: whether the rest stays working (else the venue cancels it at once).</summary>
    public bool RestStaysOpen { get; init; }

    public string? RejectReason { get; init; }

    public bool NeverFill { get; init; }

    /// <summary>The order fills on this lookup of it (0: at once).</summary>
    public int FillOnLookup { get; init; }

    public SubmitFault SubmitFault { get; init; }

    public bool LookupUnavailable { get; init; }

    /// <summary>When set, protection is refused with this reason.</summary>
    public string? ProtectionGap { get; init; }
}

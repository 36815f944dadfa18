namespace PortfolioOrchestrator.Alpaca.Json;

/// <summary>The asset object of <c>GET /v2/assets/{symbol}</c>, the fields this adapter reads.</summary>
internal sealed record AlpacaAssetDto
{
    public string? Symbol { get; init; }

    public bool? Tradable { get; init; }

    /// <summary>Whether Alpaca takes orders by notional or in fractions of a share for it.</summary>
    public bool? Fractionable { get; init; }
}

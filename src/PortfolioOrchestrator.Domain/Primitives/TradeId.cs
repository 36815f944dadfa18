namespace PortfolioOrchestrator.Domain.Primitives;

/// <summary>The QA report's identifier of one trade (T-001).</summary>
public readonly record struct TradeId
{
    private TradeId(string value) => Value = value;

    public string Value { get; }

    public static TradeId Create(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        return new TradeId(value.Trim());
    }

    public override string ToString() => Value ?? string.Empty;
}

namespace PortfolioOrchestrator.Domain.Primitives;

/// <summary>A security symbol, upper case (MSFT, BRK.B).</summary>
public readonly record struct Ticker
{
    private Ticker(string value) => Value = value;

    public string Value { get; }

    public static Ticker Create(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        return new Ticker(value.Trim().ToUpperInvariant());
    }

    public override string ToString() => Value ?? string.Empty;
}

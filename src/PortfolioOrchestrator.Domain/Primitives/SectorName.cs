namespace PortfolioOrchestrator.Domain.Primitives;

/// <summary>
/// A sector as written (Technology). Two names are the same sector when they match
/// case-insensitively with white space folded; the first spelling seen is kept for display.
/// </summary>
public readonly record struct SectorName
{
    private SectorName(string value) => Value = value;

    public string Value { get; }

    /// <summary>The comparison key: upper case, single spaces.</summary>
    public string Key => string.Join(' ', (Value ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    public static SectorName Create(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        return new SectorName(value.Trim());
    }

    public bool Equals(SectorName other) => string.Equals(Key, other.Key, StringComparison.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Key);

    public override string ToString() => Value ?? string.Empty;
}

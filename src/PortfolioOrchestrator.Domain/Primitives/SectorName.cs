namespace PortfolioOrchestrator.Domain.Primitives;

/// <summary>
/// A sector as written (Technology). Two names are the same sector when their <see cref="Key"/>s match
/// — the one normalisation of <see cref="SectorSynonyms"/> (CONTRACT Resolution 13), so Technology and
/// Information Technology are one sector; the spelling kept for display is the one written.
/// </summary>
public readonly record struct SectorName
{
    private readonly string? _key;

    private SectorName(string value)
    {
        Value = value;
        _key = SectorSynonyms.KeyOf(value);
    }

    public string Value { get; }

    /// <summary>The comparison key: <see cref="SectorSynonyms.KeyOf"/> of the name.</summary>
    public string Key => _key ?? string.Empty;

    public static SectorName Create(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        return new SectorName(value.Trim());
    }

    public bool Equals(SectorName other) => string.Equals(Key, other.Key, StringComparison.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Key);

    public override string ToString() => Value ?? string.Empty;
}

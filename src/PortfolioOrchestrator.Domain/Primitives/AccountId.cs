namespace PortfolioOrchestrator.Domain.Primitives;

/// <summary>A brokerage account label as PORTFOLIO.md names it (TAXABLE-1); compared case-insensitively by upper-casing.</summary>
public readonly record struct AccountId
{
    private AccountId(string value) => Value = value;

    public string Value { get; }

    public static AccountId Create(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        return new AccountId(value.Trim().ToUpperInvariant());
    }

    public override string ToString() => Value ?? string.Empty;
}

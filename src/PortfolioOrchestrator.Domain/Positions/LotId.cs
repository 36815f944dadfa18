using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Domain.Positions;

/// <summary>
/// Which lot of a position (CONTRACT Resolution 15): the entry order that opened it, or
/// <see cref="HeldBefore"/> for the shares held before the product protected anything.
/// </summary>
public readonly record struct LotId
{
    private const string HeldBeforeValue = "held-before";

    private LotId(string value) => Value = value;

    public string Value { get; }

    /// <summary>The oldest lot: shares held before the product protected anything, unprotected by us.</summary>
    public static LotId HeldBefore { get; } = new(HeldBeforeValue);

    public bool IsHeldBefore => Value == HeldBeforeValue;

    /// <summary>The lot an entry order opened, named by that order's client order id.</summary>
    public static LotId ForEntry(ClientOrderId entryOrderId) => new(entryOrderId.Value);

    public static LotId Create(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        return new LotId(value);
    }

    public override string ToString() => Value ?? string.Empty;
}

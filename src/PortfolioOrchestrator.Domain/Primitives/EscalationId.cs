namespace PortfolioOrchestrator.Domain.Primitives;

/// <summary>One escalation raised by a run; unique within a state directory.</summary>
public readonly record struct EscalationId
{
    private EscalationId(string value) => Value = value;

    public string Value { get; }

    public static EscalationId Create(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        return new EscalationId(value.Trim());
    }

    public override string ToString() => Value ?? string.Empty;
}

using System.Text.Json.Serialization;

namespace PortfolioOrchestrator.Domain.Primitives;

/// <summary>One escalation raised by a run; unique within a state directory.</summary>
[JsonConverter(typeof(StringIdJsonConverter<EscalationId>))]
public readonly record struct EscalationId : IStringId<EscalationId>
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

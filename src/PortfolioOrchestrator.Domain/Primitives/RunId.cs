using System.Text.Json.Serialization;

namespace PortfolioOrchestrator.Domain.Primitives;

/// <summary>One execution of a QA report by the orchestrator.</summary>
[JsonConverter(typeof(StringIdJsonConverter<RunId>))]
public readonly record struct RunId : IStringId<RunId>
{
    private RunId(string value) => Value = value;

    public string Value { get; }

    public static RunId Create(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        return new RunId(value.Trim());
    }

    public override string ToString() => Value ?? string.Empty;
}
